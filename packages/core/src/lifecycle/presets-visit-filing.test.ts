import { describe, it } from 'vitest'
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
    const jointClose = {
      kind: 'split',
      shares: [
        { claimant: 'b', percent: 50 },
        { claimant: 'a', percent: 50 },
      ],
    } as const
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
        command: { type: 'resolve-conflict', conflictId: 'k1', resolution: jointClose, reason: 'joint close' },
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
})
