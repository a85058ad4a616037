import { describe, expectTypeOf, it } from 'vitest'
import type { Status } from '../model/status'
import type { Policy } from '../policy/schema'
import type { Command, Event } from './index'
import { type CustomerState, decide, deriveState, type Rejection, type RejectionCode } from './index'

declare const policy: Policy
declare const history: Event[]
const actor = { id: 'rep-1', roles: [] }
const now = '2026-03-01T10:00:00+08:00'

describe('decide result', () => {
  it('narrows on ok', () => {
    const result = decide(
      { type: 'claim', customerId: 'c1', claimant: 'rep-1' },
      { history, policy, now, actor },
    )
    if (result.ok) {
      expectTypeOf(result.events).toEqualTypeOf<Event[]>()
      // @ts-expect-error an accepted decision has no rejection
      result.rejection
    } else {
      expectTypeOf(result.rejection).toEqualTypeOf<Rejection>()
      expectTypeOf(result.rejection.code).toEqualTypeOf<RejectionCode>()
    }
  })

  it('narrows a rejection on its code to reach the facts', () => {
    const rejection = {} as Rejection
    if (rejection.code === 'protected-by-other') {
      expectTypeOf(rejection.owner).toEqualTypeOf<string>()
      expectTypeOf(rejection.protectedUntil).toEqualTypeOf<string | null>()
    }
    if (rejection.code === 'missing-required-fields') expectTypeOf(rejection.fields).toEqualTypeOf<string[]>()
    if (rejection.code === 'invalid-input') {
      expectTypeOf(rejection.issues).toEqualTypeOf<{ path: string; message: string }[]>()
    }
  })

  it('accepts only well-typed commands', () => {
    // @ts-expect-error register needs a claimant and a profile
    decide({ type: 'register', customerId: 'c1' }, { history, policy, now, actor })
    // @ts-expect-error unknown command type
    decide({ type: 'teleport', customerId: 'c1' }, { history, policy, now, actor })
  })
})

describe('inferred types', () => {
  it('infers commands, events and the derived state', () => {
    expectTypeOf<Extract<Command, { type: 'record-payment' }>['amount']>().toEqualTypeOf<number>()
    expectTypeOf<Extract<Event, { type: 'released' }>['to']>().toEqualTypeOf<'open' | 'pool'>()
    const state = deriveState(history, policy, now)
    expectTypeOf(state).toEqualTypeOf<CustomerState>()
    expectTypeOf(state.status).toEqualTypeOf<Status>()
    expectTypeOf(state.owner).toEqualTypeOf<string | null>()
    expectTypeOf(state.flags.inConflict).toEqualTypeOf<boolean>()
  })
})
