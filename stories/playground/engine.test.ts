import { describe, expect, it } from 'vitest'
import { addMonthsIso } from './clock'
import {
  type Command,
  customerRows,
  ledgerOf,
  PRESET_IDS,
  perform,
  policyOf,
  registerCommand,
  sampleSnapshot,
} from './engine'
import { DEMO_NOW, DIRECTORY, memberOf, type TeamMember } from './sample'
import type { PlaygroundSnapshot } from './store'

const member = (id: string): TeamMember => {
  const found = memberOf(id)
  if (!found) throw new Error(`no team member ${id}`)
  return found
}

const statusAt = (snapshot: PlaygroundSnapshot, customerId: string, now: string) => {
  const row = customerRows({ ...snapshot, now }, policyOf(snapshot.presetId)).find((r) => r.id === customerId)
  return row?.state.status
}

describe('sampleSnapshot under dailyChemical', () => {
  const snapshot = sampleSnapshot('dailyChemical')

  it('runs the sample history through decide', () => {
    expect(snapshot.events.length).toBeGreaterThanOrEqual(10)
    expect(snapshot.now).toBe(DEMO_NOW)
  })

  it('shows every kind of status as the date moves (① ⑥ ③ → ② ④ → ⑤)', () => {
    expect(statusAt(snapshot, 'c6', DEMO_NOW)).toBe('prospect')
    expect(statusAt(snapshot, 'c5', DEMO_NOW)).toBe('registered-protected')
    expect(statusAt(snapshot, 'c4', DEMO_NOW)).toBe('cooperating-protected')
    // c2: filed 5 January, never paid: unprotected three months later.
    expect(statusAt(snapshot, 'c2', '2026-04-06T20:00:00+08:00')).toBe('registered-unprotected')
    // c4: last payment 28 January: warning from 28 April, released from 28 July.
    expect(statusAt(snapshot, 'c4', '2026-05-01T20:00:00+08:00')).toBe('cooperating-warning')
    expect(statusAt(snapshot, 'c4', '2026-08-01T20:00:00+08:00')).toBe('released')
  })

  it('lists the eight sample customers, the filed ones with their owner', () => {
    const rows = customerRows(snapshot, policyOf('dailyChemical'))
    expect(rows).toHaveLength(8)
    expect(rows.find((row) => row.id === 'c3')?.state.owner).toBe('wang-fang')
  })

  it("counts a claimant's protected customers and today's filings", () => {
    const policy = policyOf('dailyChemical')
    const ledger = ledgerOf({ ...snapshot, now: '2026-03-02T20:00:00+08:00' }, policy, 'chen-jing')
    // c5 filed today (⑥) and c8 paying (③), which counts only when the policy says so.
    const active = policy.limits.cooperatingCountsAsActive ? 2 : 1
    expect(ledger).toEqual({ activeProtected: active, filedToday: 1, poolClaimsToday: 0 })
    expect(ledgerOf(snapshot, policy, 'chen-jing', 'c5').activeProtected).toBe(active - 1)
  })
})

describe('perform', () => {
  const snapshot = sampleSnapshot('dailyChemical')
  const policy = policyOf('dailyChemical')

  it('appends accepted events at the slider date', () => {
    const command: Command = { type: 'log-visit', customerId: 'c3', claimant: 'wang-fang' }
    const outcome = perform(snapshot, command, policy, member('wang-fang'))
    expect(outcome.ok).toBe(true)
    if (!outcome.ok) return
    expect(outcome.snapshot.events.length).toBe(snapshot.events.length + outcome.added)
    expect(outcome.snapshot.events.at(-1)?.at).toBe(DEMO_NOW)
  })

  it("rejects filing another claimant's protected customer, with the core's code", () => {
    const profile = DIRECTORY.find((entry) => entry.id === 'c3')?.profile ?? { name: '' }
    const command = registerCommand('c3', 'li-qiang', profile, policy, snapshot.now)
    const outcome = perform(snapshot, command, policy, member('li-qiang'))
    expect(outcome.ok).toBe(false)
    if (outcome.ok) return
    expect(outcome.refusal.code).toBe('protected-by-other')
  })

  it('refuses to act before the latest event of a customer', () => {
    const past = { ...snapshot, now: '2026-01-06T20:00:00+08:00' }
    const command: Command = { type: 'log-visit', customerId: 'c3', claimant: 'wang-fang' }
    expect(perform(past, command, policy, member('wang-fang'))).toEqual({
      ok: false,
      refusal: { code: 'events-after-now' },
    })
  })
})

describe('every preset', () => {
  it.each(PRESET_IDS)('%s builds a sample history without throwing', (presetId) => {
    const snapshot = sampleSnapshot(presetId)
    expect(snapshot.presetId).toBe(presetId)
    const rows = customerRows({ ...snapshot, now: addMonthsIso(DEMO_NOW, 6) }, policyOf(presetId))
    expect(rows.length).toBeGreaterThanOrEqual(8)
  })
})
