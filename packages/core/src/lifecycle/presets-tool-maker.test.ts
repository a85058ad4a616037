import { describe, it } from 'vitest'
import { presets } from '../policy/presets'
import { rep, runScenario } from './test-kit'

const policy = presets.toolMaker
const profile = { name: '东莞精密模具厂' }
const vp = { id: 'vp', roles: ['marketing-vp'] }

// Seed 000 飞达工具: a filed visit protects 3 months; sales protect until 6 months without sales or
// payment, then the customer goes to the pool for the marketing department to assign.
describe('toolMaker (seed 000 飞达工具)', () => {
  it('renews by filed visits, pools after 6 months without sales, lets the pool be claimed', () => {
    runScenario(policy, [
      {
        at: '2026-01-31T15:00:00+08:00',
        command: { type: 'register', claimant: 'zhao', profile },
        state: { status: 'registered-protected', protectedUntil: '2026-04-30T15:00:00.000+08:00' },
      },
      {
        at: '2026-03-15T10:00:00+08:00',
        command: { type: 'log-visit', claimant: 'zhao' },
        state: { protectedUntil: '2026-06-15T10:00:00.000+08:00' },
      },
      // Another rep's visit is recorded but extends nothing.
      {
        at: '2026-03-20T10:00:00+08:00',
        command: { type: 'log-visit', claimant: 'qian' },
        state: { owner: 'zhao', protectedUntil: '2026-06-15T10:00:00.000+08:00' },
      },
      {
        at: '2026-04-01T10:00:00+08:00',
        command: { type: 'record-payment', claimant: 'zhao', amount: 8000 },
        state: {
          status: 'cooperating-protected',
          warningFrom: '2026-09-24T10:00:00.000+08:00',
          nextChange: { at: '2026-10-01T10:00:00.000+08:00', status: 'released', reason: 'no-payment:pool' },
        },
      },
      {
        at: '2026-09-30T10:00:00+08:00',
        state: { status: 'cooperating-protected', flags: { expiringSoon: true } },
      },
      {
        at: '2026-10-01T10:00:00+08:00',
        state: { status: 'released', owner: null, flags: { inPool: true }, protectedUntil: null },
      },
      {
        at: '2026-10-02T10:00:00+08:00',
        command: { type: 'register', claimant: 'qian', profile },
        rejection: 'in-pool',
      },
      {
        at: '2026-10-02T10:00:00+08:00',
        command: { type: 'claim', claimant: 'qian' },
        actor: vp,
        state: {
          status: 'registered-protected',
          owner: 'qian',
          flags: { inPool: false },
          claim: { payments: 0 } as never,
        },
      },
    ])
  })

  it('gives a walk-in who names a rep to that rep, and reassigns a leaver’s customer (payments kept)', () => {
    runScenario(policy, [
      {
        at: '2026-02-01T10:00:00+08:00',
        command: { type: 'attribute-walk-in', profile, namedRep: 'sun' },
        actor: rep('front-desk', ['shipping']),
        state: {
          owner: 'sun',
          status: 'registered-protected',
          protectedUntil: '2026-05-01T10:00:00.000+08:00',
        },
      },
      { at: '2026-02-10T10:00:00+08:00', command: { type: 'record-payment', claimant: 'sun', amount: 100 } },
      {
        at: '2026-03-01T10:00:00+08:00',
        command: { type: 'transfer', to: 'zhou', reason: 'handover' },
        actor: rep('sun'),
        rejection: 'not-authorized',
      },
      {
        at: '2026-03-01T10:00:00+08:00',
        command: { type: 'transfer', to: 'zhou', reason: 'handover' },
        actor: vp,
        state: {
          owner: 'zhou',
          status: 'cooperating-protected',
          claim: { payments: 1, claimant: 'zhou' } as never,
        },
      },
    ])
  })
})
