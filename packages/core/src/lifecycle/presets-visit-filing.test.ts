import { describe, expect, it } from 'vitest'
import type { Resolution } from '../model/conflict'
import { presets } from '../policy/presets'
import { rep, runScenario } from './test-kit'

const policy = presets.visitFiling
const buyer = { name: '陈先生', phone: '13600003333', address: '重庆市渝北区' }
const rm = rep('rm', ['regional-manager'])
const gm = rep('gm', ['general-manager'])

// Seed 003: file ≥ 1 day before the visit; the regional manager approves; walk-in inquiry 7 days;
// deposit 90 days; a tie splits 50/50; escalation regional manager → general manager.
describe('visitFiling (seed 003)', () => {
  it('needs a day of lead time, protects from submission while approval is pending, renews by deposit', () => {
    runScenario(policy, [
      {
        at: '2026-03-01T10:00:00+08:00',
        command: { type: 'register', claimant: 'a', profile: buyer, visitAt: '2026-03-01T16:00:00+08:00' },
        rejection: 'lead-time-too-short',
      },
      {
        at: '2026-03-01T10:00:00+08:00',
        command: { type: 'register', claimant: 'a', profile: buyer, visitAt: '2026-03-02T10:00:00+08:00' },
        state: {
          status: 'registered-protected',
          owner: 'a',
          protectedUntil: '2026-03-08T00:00:00.000+08:00',
          flags: { pendingApproval: true },
        },
      },
      {
        at: '2026-03-01T11:00:00+08:00',
        command: { type: 'register', claimant: 'b', profile: buyer, visitAt: '2026-03-03T10:00:00+08:00' },
        rejection: 'pending-approval-by-other',
        facts: { claimant: 'a', submittedAt: '2026-03-01T10:00:00+08:00' },
      },
      {
        at: '2026-03-01T12:00:00+08:00',
        command: { type: 'approve', claimant: 'a' },
        actor: rm,
        state: { flags: { pendingApproval: false }, protectedUntil: '2026-03-08T00:00:00.000+08:00' },
      },
      {
        at: '2026-03-01T13:00:00+08:00',
        command: { type: 'register', claimant: 'b', profile: buyer, visitAt: '2026-03-03T10:00:00+08:00' },
        rejection: 'protected-by-other',
      },
      {
        at: '2026-03-05T10:00:00+08:00',
        command: { type: 'record-deposit', claimant: 'a', amount: 20000 },
        state: { protectedUntil: '2026-06-03T10:00:00.000+08:00' },
      },
    ])
  })

  it('drops the provisional protection when the filing is rejected', () => {
    runScenario(policy, [
      {
        at: '2026-03-01T10:00:00+08:00',
        command: { type: 'register', claimant: 'a', profile: buyer, visitAt: '2026-03-03T10:00:00+08:00' },
      },
      {
        at: '2026-03-01T12:00:00+08:00',
        command: { type: 'reject', claimant: 'a', reason: 'false filing' },
        actor: rm,
        state: { status: 'prospect', owner: null, flags: { pendingApproval: false } },
      },
      {
        at: '2026-03-01T12:00:00+08:00',
        command: { type: 'reject', claimant: 'a' },
        actor: rm,
        rejection: 'no-pending-filing',
      },
    ])
  })

  it('protects walk-in inquiries 7 days without lead time, splits ties, escalates to the general manager', () => {
    const jointClose: Resolution = {
      kind: 'split',
      shares: [
        { claimant: 'b', percent: 50 },
        { claimant: 'a', percent: 50 },
      ],
    }
    runScenario(policy, [
      {
        at: '2026-03-01T15:00:00+08:00',
        command: { type: 'register', claimant: 'a', profile: buyer, kind: 'walk-in-inquiry' },
        state: { protectedUntil: '2026-03-08T00:00:00.000+08:00' },
      },
      { at: '2026-03-01T15:30:00+08:00', command: { type: 'approve', claimant: 'a' }, actor: rm },
      {
        at: '2026-03-02T10:00:00+08:00',
        command: {
          type: 'open-conflict',
          conflictId: 'k1',
          kind: 'collision',
          claimants: ['a', 'b'],
          region: 'north',
        },
        actor: rm,
      },
      {
        at: '2026-03-02T11:00:00+08:00',
        command: {
          type: 'resolve-conflict',
          conflictId: 'k1',
          resolution: { kind: 'escalate', to: 'general-manager' },
          reason: 'unclear',
        },
        actor: rm,
        state: { flags: { inConflict: true }, conflicts: [{ id: 'k1', status: 'escalated' }] as never },
      },
      {
        at: '2026-03-02T12:00:00+08:00',
        command: {
          type: 'resolve-conflict',
          conflictId: 'k1',
          resolution: { kind: 'award', claimant: 'b' },
          reason: 'x',
        },
        actor: rm,
        rejection: 'not-authorized',
        facts: { requiredRoles: ['general-manager'] },
      },
      // 待业务成交客户离开后再作协调: escalating is fine, settling waits for the customer to leave.
      {
        at: '2026-03-02T12:00:00+08:00',
        command: {
          type: 'resolve-conflict',
          conflictId: 'k1',
          resolution: jointClose,
          reason: 'joint close',
        },
        actor: gm,
        rejection: 'customer-not-left',
        facts: { conflictId: 'k1', customerLeftAt: null },
      },
      {
        at: '2026-03-02T12:00:00+08:00',
        command: {
          type: 'resolve-conflict',
          conflictId: 'k1',
          resolution: jointClose,
          reason: 'joint close',
          customerLeftAt: '2026-03-02T11:30:00+08:00',
        },
        actor: gm,
        state: {
          owner: 'b',
          flags: { inConflict: false },
          claim: {
            shares: [
              { claimant: 'b', percent: 50 },
              { claimant: 'a', percent: 50 },
            ],
          } as never,
        },
      },
      {
        at: '2026-03-02T13:00:00+08:00',
        command: {
          type: 'resolve-conflict',
          conflictId: 'k1',
          resolution: { kind: 'pool' },
          reason: 'again',
        },
        actor: gm,
        rejection: 'invalid-state',
      },
      {
        at: '2026-03-02T13:00:00+08:00',
        command: { type: 'resolve-conflict', conflictId: 'k9', resolution: { kind: 'pool' }, reason: 'x' },
        actor: gm,
        rejection: 'unknown-conflict',
      },
    ])
  })
  it('invalidates both filings after a quarrel in front of the customer, settled once the customer left', () => {
    const visitAt = '2026-03-02T15:00:00+08:00'
    const quarrel = { type: 'record-violation', violation: 'quarrel' } as const
    const history = runScenario(policy, [
      {
        at: '2026-03-01T10:00:00+08:00',
        command: { type: 'register', claimant: 'a', profile: buyer, visitAt },
      },
      { at: '2026-03-01T11:00:00+08:00', command: { type: 'approve', claimant: 'a' }, actor: rm },
      {
        at: '2026-03-02T15:10:00+08:00',
        command: { type: 'open-conflict', conflictId: 'q1', kind: 'collision', claimants: ['a', 'b'] },
        actor: rm,
      },
      {
        at: '2026-03-02T15:20:00+08:00',
        command: {
          type: 'resolve-conflict',
          conflictId: 'q1',
          resolution: { kind: 'invalidate-all' },
          reason: 'quarrel in front of the customer',
        },
        actor: rm,
        rejection: 'customer-not-left',
      },
      {
        at: '2026-03-02T16:00:00+08:00',
        command: {
          type: 'resolve-conflict',
          conflictId: 'q1',
          resolution: { kind: 'invalidate-all' },
          reason: 'quarrel in front of the customer',
          customerLeftAt: '2026-03-02T15:45:00+08:00',
        },
        actor: rm,
        state: { status: 'prospect', owner: null, flags: { inConflict: false } },
      },
      { at: '2026-03-02T16:05:00+08:00', command: { ...quarrel, claimant: 'a' }, actor: rm },
      { at: '2026-03-02T16:05:00+08:00', command: { ...quarrel, claimant: 'b' }, actor: rm },
    ])
    const fines = history.filter((e) => e.type === 'violation-recorded').map((e) => [e.claimant, e.sanction])
    expect(fines).toEqual([
      ['a', { fine: 500 }],
      ['b', { fine: 500 }],
    ])
  })
})
