// Test helper (not exported by the package): runs a scenario table through decide → append → deriveState.
import { expect } from 'vitest'
import type { Actor } from '../model/actor'
import type { Policy } from '../policy/schema'
import type { Command, Ledger } from './commands'
import { decide } from './decide'
import type { Event } from './events'
import type { RejectionCode } from './rejection'
import { type CustomerState, deriveState } from './view'

export type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never

export type Row = {
  /** The instant of the row (`now`). */
  at: string
  command?: DistributiveOmit<Command, 'customerId'>
  actor?: Actor
  ledger?: Ledger
  rejection?: RejectionCode
  /** Expected rejection facts. */
  facts?: Record<string, unknown>
  /** Expected state right after the row (a partial match). */
  state?: Partial<Omit<CustomerState, 'flags'>> & { flags?: Partial<CustomerState['flags']> }
}

export const rep = (id: string, roles: string[] = ['sales']): Actor => ({ id, roles })

export function runScenario(policy: Policy, rows: Row[], customerId = 'c1'): Event[] {
  const history: Event[] = []
  rows.forEach((row, index) => {
    const label = `row ${index} (${row.at}${row.command ? ` ${row.command.type}` : ''})`
    if (row.command) {
      const claimant = 'claimant' in row.command ? row.command.claimant : 'manager'
      const result = decide({ ...row.command, customerId } as Command, {
        history,
        policy,
        now: row.at,
        actor: row.actor ?? rep(claimant),
        ...(row.ledger ? { ledger: row.ledger } : {}),
      })
      if (row.rejection) {
        expect(result.ok ? 'accepted' : result.rejection.code, label).toBe(row.rejection)
        if (!result.ok && row.facts) expect(result.rejection, label).toMatchObject(row.facts)
      } else {
        expect(result.ok ? 'accepted' : JSON.stringify(result.rejection), label).toBe('accepted')
        if (result.ok) history.push(...result.events)
      }
    }
    if (row.state) expect(deriveState(history, policy, row.at), label).toMatchObject(row.state)
  })
  return history
}
