import { describe, expect, it } from 'vitest'
import { presets } from '../policy/presets'
import { rep, runScenario } from './test-kit'

const policy = presets.onsiteRealty
const buyer = { name: '李女士', phone: '13900002222' }
const manager = rep('mgr', ['sales-manager'])

// Seed 002 客户权属: brought-in customers are protected 20 days, each later brought visit +20 days
// from that visit; natural walk-ins are house customers for good, served by rotation.
describe('onsiteRealty (seed 002 客户权属)', () => {
  it('protects 20 days and renews only by brought visits', () => {
    runScenario(policy, [
      {
        at: '2026-01-31T10:00:00+08:00',
        command: { type: 'register', claimant: 'mkt-1', profile: buyer },
        state: { protectedUntil: '2026-02-20T10:00:00.000+08:00' },
      },
      // The earliest registration wins (以最早报备为准).
      {
        at: '2026-02-01T10:00:00+08:00',
        command: { type: 'register', claimant: 'mkt-2', profile: buyer },
        rejection: 'protected-by-other',
        facts: { owner: 'mkt-1', protectedUntil: '2026-02-20T10:00:00.000+08:00' },
      },
      {
        at: '2026-02-10T10:00:00+08:00',
        command: { type: 'log-visit', claimant: 'mkt-1', brought: true, appointment: true },
        state: {
          protectedUntil: '2026-03-02T10:00:00.000+08:00',
          claim: { lastVisitAt: '2026-02-10T10:00:00+08:00' } as never,
        },
      },
      {
        at: '2026-02-20T10:00:00+08:00',
        command: { type: 'log-visit', claimant: 'mkt-1', brought: false },
        state: { protectedUntil: '2026-03-02T10:00:00.000+08:00' },
      },
      { at: '2026-03-02T10:00:00+08:00', state: { status: 'registered-unprotected' } },
    ])
  })

  it('makes natural walk-ins permanent house customers served by rotation', () => {
    const history = runScenario(policy, [
      {
        at: '2026-03-01T15:00:00+08:00',
        command: { type: 'attribute-walk-in', profile: buyer, rotation: ['gu-1', 'gu-2'] },
        actor: rep('reception', ['reception']),
        state: { owner: 'house', status: 'registered-protected', protectedUntil: null },
      },
      { at: '2030-03-01T15:00:00+08:00', state: { owner: 'house', status: 'registered-protected' } },
      {
        at: '2030-03-01T15:00:00+08:00',
        command: { type: 'register', claimant: 'mkt-1', profile: buyer },
        rejection: 'protected-by-other',
        facts: { owner: 'house', protectedUntil: null },
      },
    ])
    expect(history[0]).toMatchObject({ type: 'walk-in-attributed', servedBy: 'gu-1', mode: 'house' })
  })

  it('sanctions interception per the ladder', () => {
    const history = runScenario(policy, [
      { at: '2026-03-01T10:00:00+08:00', command: { type: 'register', claimant: 'mkt-1', profile: buyer } },
      {
        at: '2026-03-02T10:00:00+08:00',
        command: { type: 'record-violation', claimant: 'mkt-2', violation: 'interception' },
        actor: manager,
      },
      {
        at: '2026-03-02T10:00:00+08:00',
        command: { type: 'record-violation', claimant: 'mkt-2', violation: 'shouting' },
        actor: manager,
        rejection: 'unknown-violation',
      },
    ])
    expect(history[1]).toMatchObject({ type: 'violation-recorded', nth: 1, sanction: { fine: 500 } })
  })
})
