import { describe, expect, it } from 'vitest'
import { presets } from '../policy/presets'
import { rep, runScenario } from './test-kit'

const policy = presets.autoDealer
const buyer = { name: '刘强', phone: '13712345678', grade: 'H' as const }
const manager = rep('mgr', ['sales-manager'])
const arbitrator = rep('rm', ['regional-manager'])
const quarrelled = { kind: 'invalidate-all' } as const

// Seed 002 源华: follow-up cadence H/A/B/C = 1/3/7/15 days, a missed follow-up invalidates the filing;
// disputes are settled after the customer leaves; quarrelling invalidates both filings.
describe('autoDealer (seed 002 源华)', () => {
  it('keeps protection only while follow-ups keep the grade cadence', () => {
    runScenario(policy, [
      {
        at: '2026-03-01T10:00:00+08:00',
        command: { type: 'register', claimant: 'xu', profile: buyer },
        state: {
          status: 'registered-protected',
          protectedUntil: '2026-03-02T10:00:00.000+08:00',
          nextChange: {
            at: '2026-03-02T10:00:00.000+08:00',
            status: 'registered-unprotected',
            reason: 'follow-up-missed',
          },
        },
      },
      {
        at: '2026-03-02T09:00:00+08:00',
        command: { type: 'log-follow-up', claimant: 'xu', grade: 'A' },
        state: { protectedUntil: '2026-03-05T09:00:00.000+08:00' },
      },
      { at: '2026-03-05T09:00:00+08:00', state: { status: 'registered-unprotected', protectedUntil: null } },
      {
        at: '2026-03-05T10:00:00+08:00',
        command: { type: 'log-follow-up', claimant: 'xu' },
        rejection: 'not-protected',
        facts: { protectedUntil: '2026-03-05T09:00:00.000+08:00' },
      },
      {
        at: '2026-03-05T10:00:00+08:00',
        command: { type: 'register', claimant: 'he', profile: { ...buyer, grade: 'C' } },
        state: { owner: 'he', protectedUntil: '2026-03-20T10:00:00.000+08:00' },
      },
    ])
  })

  it('follows grade B every 7 days', () => {
    runScenario(policy, [
      {
        at: '2026-03-01T10:00:00+08:00',
        command: { type: 'register', claimant: 'xu', profile: { ...buyer, grade: 'B' } },
        state: { protectedUntil: '2026-03-08T10:00:00.000+08:00' },
      },
      {
        at: '2026-03-08T09:00:00+08:00',
        command: { type: 'log-follow-up', claimant: 'xu' },
        state: { protectedUntil: '2026-03-15T09:00:00.000+08:00' },
      },
    ])
  })

  it('invalidates both filings after a quarrel and fines it; false filings climb the ladder', () => {
    const history = runScenario(policy, [
      { at: '2026-03-01T10:00:00+08:00', command: { type: 'register', claimant: 'xu', profile: buyer } },
      {
        at: '2026-03-01T11:00:00+08:00',
        command: { type: 'open-conflict', conflictId: 'k1', kind: 'collision', claimants: ['xu', 'he'] },
        actor: rep('he'),
        state: { flags: { inConflict: true } },
      },
      // 报备发生争议的协调时间为业务成交用户离开后: no settling while the customer is still there.
      {
        at: '2026-03-01T12:00:00+08:00',
        command: { type: 'resolve-conflict', conflictId: 'k1', resolution: quarrelled, reason: 'quarrel' },
        actor: arbitrator,
        rejection: 'customer-not-left',
        facts: { conflictId: 'k1', customerLeftAt: null },
      },
      {
        at: '2026-03-01T12:00:00+08:00',
        command: {
          type: 'resolve-conflict',
          conflictId: 'k1',
          resolution: quarrelled,
          reason: 'quarrel',
          customerLeftAt: '2026-03-01T12:30:00+08:00',
        },
        actor: arbitrator,
        rejection: 'customer-not-left',
        facts: { customerLeftAt: '2026-03-01T12:30:00+08:00' },
      },
      {
        at: '2026-03-01T12:00:00+08:00',
        command: {
          type: 'resolve-conflict',
          conflictId: 'k1',
          resolution: quarrelled,
          reason: 'quarrel',
          customerLeftAt: '2026-03-01T11:45:00+08:00',
        },
        actor: arbitrator,
        state: { status: 'prospect', owner: null, flags: { inConflict: false } },
      },
      {
        at: '2026-03-01T12:00:00+08:00',
        command: { type: 'record-violation', claimant: 'he', violation: 'quarrel' },
        actor: manager,
      },
      {
        at: '2026-03-02T12:00:00+08:00',
        command: { type: 'record-violation', claimant: 'he', violation: 'false-filing' },
        actor: manager,
      },
      {
        at: '2026-03-03T12:00:00+08:00',
        command: { type: 'record-violation', claimant: 'he', violation: 'false-filing' },
        actor: manager,
      },
      {
        at: '2026-03-04T12:00:00+08:00',
        command: { type: 'record-violation', claimant: 'he', violation: 'false-filing' },
        actor: manager,
        ledger: { violations: { 'false-filing': 5 } },
      },
      {
        at: '2026-03-04T12:00:00+08:00',
        command: { type: 'record-violation', claimant: 'he', violation: 'leak' },
        actor: rep('he'),
        rejection: 'not-authorized',
      },
    ])
    const sanctions = history
      .filter((e) => e.type === 'violation-recorded')
      .map((e) => [e.violation, e.nth, e.sanction])
    expect(sanctions).toEqual([
      ['quarrel', 1, { fine: 200 }],
      ['false-filing', 1, { fine: 50 }],
      ['false-filing', 2, { fine: 100 }],
      ['false-filing', 6, { dismiss: true }],
    ])
  })
})
