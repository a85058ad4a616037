import { describe, it } from 'vitest'
import { presets } from '../policy/presets'
import { runScenario } from './test-kit'

const policy = presets.dailyChemical
const profile = {
  name: '深圳市思萨日化有限公司',
  address: '深圳市南山区',
  phone: '0755-12345678',
  contact: '王经理',
}

// Seed 000 日化: ⑥ 3 months after filing; a payment → ③; 3 months without payment → ④; 6 → ⑤ open.
describe('dailyChemical (seed 000 日化)', () => {
  it('walks the canonical lifecycle ⑥ → ③ → ④ → ⑤', () => {
    runScenario(policy, [
      { at: '2026-01-10T09:00:00+08:00', state: { status: 'prospect', statusNumber: 1, owner: null } },
      {
        at: '2026-01-10T09:00:00+08:00',
        command: { type: 'register', claimant: 'li', profile },
        state: {
          status: 'registered-protected',
          statusNumber: 6,
          owner: 'li',
          protectedUntil: '2026-04-10T09:00:00.000+08:00',
        },
      },
      {
        at: '2026-02-01T10:00:00+08:00',
        command: { type: 'register', claimant: 'wang', profile },
        rejection: 'protected-by-other',
        facts: { owner: 'li', protectedUntil: '2026-04-10T09:00:00.000+08:00' },
      },
      {
        at: '2026-02-01T10:00:00+08:00',
        command: { type: 'register', claimant: 'li', profile },
        rejection: 'already-owner',
      },
      {
        at: '2026-03-05T10:00:00+08:00',
        command: { type: 'record-payment', claimant: 'li', amount: 12000 },
        actor: { id: 'fin', roles: ['finance'] },
        state: {
          status: 'cooperating-protected',
          statusNumber: 3,
          warningFrom: '2026-06-05T10:00:00.000+08:00',
          nextChange: {
            at: '2026-06-05T10:00:00.000+08:00',
            status: 'cooperating-warning',
            reason: 'payment-overdue',
          },
        },
      },
      { at: '2026-06-05T09:59:59+08:00', state: { status: 'cooperating-protected' } },
      {
        at: '2026-06-05T10:00:00+08:00',
        state: { status: 'cooperating-warning', statusNumber: 4, owner: 'li' },
      },
      { at: '2026-09-05T09:59:59+08:00', state: { status: 'cooperating-warning' } },
      // Protected while now < end: at the end instant it is released.
      {
        at: '2026-09-05T10:00:00+08:00',
        state: { status: 'released', statusNumber: 5, protectedUntil: null },
      },
      {
        at: '2026-09-06T10:00:00+08:00',
        command: { type: 'register', claimant: 'wang', profile },
        state: {
          status: 'registered-protected',
          owner: 'wang',
          claim: { claimant: 'wang', payments: 0 } as never,
        },
      },
    ])
  })

  it('lapses to ② when no payment comes within 3 months (31 Jan + 3 months = 30 Apr)', () => {
    runScenario(policy, [
      {
        at: '2026-01-31T10:00:00+08:00',
        command: { type: 'register', claimant: 'li', profile },
        state: { protectedUntil: '2026-04-30T10:00:00.000+08:00' },
      },
      { at: '2026-04-30T09:59:59.999+08:00', state: { status: 'registered-protected' } },
      {
        at: '2026-04-30T10:00:00+08:00',
        state: { status: 'registered-unprotected', statusNumber: 2, owner: 'li' },
      },
      // The same boundary given in UTC: one moment, whatever the offset.
      { at: '2026-04-30T01:59:59Z', state: { status: 'registered-protected' } },
      { at: '2026-04-30T02:00:00Z', state: { status: 'registered-unprotected' } },
      {
        at: '2026-05-01T10:00:00+08:00',
        command: { type: 'register', claimant: 'wang', profile },
        state: { owner: 'wang' },
      },
    ])
  })

  it('rejects incomplete filings', () => {
    runScenario(policy, [
      {
        at: '2026-01-10T09:00:00+08:00',
        command: { type: 'register', claimant: 'li', profile: { name: '思萨' } },
        rejection: 'missing-required-fields',
        facts: { fields: ['address', 'phone', 'contact'] },
      },
    ])
  })
})
