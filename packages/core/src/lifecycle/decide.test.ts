import { describe, expect, it } from 'vitest'
import { definePolicy } from '../policy/define'
import { presets } from '../policy/presets'
import type { Command } from './commands'
import { decide } from './decide'
import { REJECTION_CODES } from './rejection'
import { rep, runScenario } from './test-kit'

const profile = { name: '思萨科技', phone: '13300003333', address: 'x', contact: 'y' }
const manager = rep('mgr', ['manager'])
const now = '2026-03-01T10:00:00+08:00'

describe('decide: malformed input is rejected, never thrown', () => {
  const policy = presets.dailyChemical
  const register = { type: 'register', customerId: 'c1', claimant: 'li', profile } as Command
  it.each([
    ['an unknown command', { type: 'teleport', customerId: 'c1' }, {}, 'command.type'],
    ['a command without customer', { type: 'register', claimant: 'li', profile }, {}, 'command.customerId'],
    ['a bad now', register, { now: '1 March' }, 'now'],
    ['a bad actor', register, { actor: { id: '' } }, 'actor.id'],
    ['a bad history', register, { history: [{ type: 'registered' }] }, 'history.0'],
    ['a bad ledger', register, { ledger: { filedToday: -1 } }, 'ledger.filedToday'],
    ['an invalid policy', register, { policy: { name: 1 } }, 'policy'],
    ['a future `at`', { ...register, at: '2026-03-02T10:00:00+08:00' }, {}, 'command.at'],
  ])('%s', (_, command, overrides, path) => {
    const result = decide(
      command as Command,
      { history: [], policy, now, actor: rep('li'), ...overrides } as never,
    )
    expect(result.ok).toBe(false)
    if (result.ok || result.rejection.code !== 'invalid-input') throw new Error('expected invalid-input')
    expect(result.rejection.issues.map((i) => i.path).join(' ')).toContain(path)
  })

  it('rejects a history of another customer', () => {
    const first = decide(register, { history: [], policy, now, actor: rep('li') })
    if (!first.ok) throw new Error('setup')
    const result = decide(
      { ...register, customerId: 'c2' },
      { history: first.events, policy, now, actor: rep('li') },
    )
    expect(result.ok ? null : result.rejection.code).toBe('invalid-input')
  })

  it('uses only listed rejection codes and deterministic event ids', () => {
    const result = decide(register, { history: [], policy, now, actor: rep('li') })
    expect(result.ok && result.events.map((e) => e.id)).toEqual(['c1:0'])
    const again = decide(register, { history: result.ok ? result.events : [], policy, now, actor: rep('li') })
    expect(again.ok ? null : REJECTION_CODES.includes(again.rejection.code)).toBe(true)
  })
})

describe('decide: calendar windows', () => {
  it('protects one month after 31 January until 28 February, not 3 March', () => {
    const monthly = definePolicy({
      registration: { window: { duration: { months: 1 }, counting: 'instant' } },
    })
    runScenario(monthly, [
      {
        at: '2026-01-31T23:30:00+08:00',
        command: { type: 'register', claimant: 'li', profile },
        state: { protectedUntil: '2026-02-28T23:30:00.000+08:00' },
      },
      // 2026-02-28T15:29:59Z is 23:29:59 in Shanghai: still protected; the end instant is not.
      { at: '2026-02-28T15:29:59Z', state: { status: 'registered-protected' } },
      { at: '2026-02-28T15:30:00Z', state: { status: 'registered-unprotected' } },
    ])
  })
})

describe('decide: release, lock, pool and limits', () => {
  const pool = definePolicy({
    release: { to: 'pool' },
    limits: { poolClaimsPerDay: 2, previousOwnerCooldown: { days: 30 }, activeProtected: 10 },
  })

  it('releases manually to the pool; the previous owner waits out the cooldown; claims are limited per day', () => {
    runScenario(pool, [
      { at: '2026-01-01T10:00:00+08:00', command: { type: 'register', claimant: 'li', profile } },
      {
        at: '2026-01-02T10:00:00+08:00',
        command: { type: 'release' },
        actor: rep('wang'),
        rejection: 'not-authorized',
      },
      {
        at: '2026-01-02T10:00:00+08:00',
        command: { type: 'lock', reason: 'key account' },
        actor: manager,
        state: { flags: { locked: true } },
      },
      {
        at: '2026-01-02T10:00:00+08:00',
        command: { type: 'release' },
        actor: rep('li'),
        rejection: 'locked',
      },
      // Locked is exempt from automatic release too.
      { at: '2027-01-02T10:00:00+08:00', state: { status: 'registered-protected', protectedUntil: null } },
      {
        at: '2026-01-03T10:00:00+08:00',
        command: { type: 'unlock' },
        actor: manager,
        state: { flags: { locked: false } },
      },
      {
        at: '2026-01-03T10:00:00+08:00',
        command: { type: 'unlock' },
        actor: manager,
        rejection: 'invalid-state',
      },
      {
        at: '2026-01-03T10:00:00+08:00',
        command: { type: 'release', reason: 'gave up' },
        actor: rep('li'),
        state: { owner: null, flags: { inPool: true }, status: 'registered-unprotected' },
      },
      {
        at: '2026-01-03T10:00:00+08:00',
        command: { type: 'release' },
        actor: manager,
        rejection: 'no-claim',
      },
      {
        at: '2026-01-10T10:00:00+08:00',
        command: { type: 'claim', claimant: 'li' },
        rejection: 'previous-owner-cooldown',
        facts: { until: '2026-02-02T10:00:00.000+08:00' },
      },
      {
        at: '2026-01-10T10:00:00+08:00',
        command: { type: 'claim', claimant: 'wang' },
        ledger: { poolClaimsToday: 2 },
        rejection: 'daily-limit-reached',
      },
      {
        at: '2026-01-10T10:00:00+08:00',
        command: { type: 'claim', claimant: 'wang' },
        ledger: { activeProtected: 10 },
        rejection: 'quota-exceeded',
      },
      {
        at: '2026-01-10T10:00:00+08:00',
        command: { type: 'claim', claimant: 'wang' },
        state: { owner: 'wang', status: 'registered-protected' },
      },
      {
        at: '2026-01-11T10:00:00+08:00',
        command: { type: 'claim', claimant: 'zhao' },
        rejection: 'not-in-pool',
      },
      {
        at: '2026-01-11T10:00:00+08:00',
        command: { type: 'record-payment', claimant: 'zhao', amount: 5 },
        rejection: 'not-owner',
      },
    ])
  })

  it('keeps exclusivity per division when the policy is division-scoped', () => {
    const divisions = definePolicy({ scope: 'division' })
    runScenario(divisions, [
      {
        at: now,
        command: { type: 'register', claimant: 'a', profile },
        actor: { id: 'a', roles: [], division: 'cs' },
      },
      {
        at: now,
        command: { type: 'register', claimant: 'b', profile },
        actor: { id: 'b', roles: [], division: 'ka' },
      },
      {
        at: now,
        command: { type: 'register', claimant: 'c', profile },
        actor: { id: 'c', roles: [], division: 'cs' },
        rejection: 'protected-by-other',
        facts: { owner: 'a', scope: 'division:cs' },
      },
    ])
  })

  it('assigns walk-ins by rotation, or rejects when the rotation is empty', () => {
    const rotation = definePolicy({ walkIns: { mode: 'rotation' } })
    runScenario(rotation, [
      {
        at: now,
        command: { type: 'attribute-walk-in', profile },
        actor: rep('desk'),
        rejection: 'missing-required-fields',
      },
      {
        at: now,
        command: { type: 'attribute-walk-in', profile },
        actor: rep('desk'),
        ledger: { rotation: ['r2', 'r3'] },
        state: { owner: 'r2' },
      },
    ])
  })

  it('awards a conflict on a customer nobody holds with a fresh claim', () => {
    runScenario(presets.dailyChemical, [
      {
        at: now,
        command: { type: 'open-conflict', conflictId: 'k', kind: 'duplicate-filing', claimants: ['a', 'b'] },
        actor: rep('x'),
        rejection: 'not-authorized',
      },
      {
        at: now,
        command: { type: 'open-conflict', conflictId: 'k', kind: 'duplicate-filing', claimants: ['a', 'b'] },
        actor: rep('a'),
      },
      {
        at: now,
        command: { type: 'open-conflict', conflictId: 'k', kind: 'duplicate-filing', claimants: ['a', 'b'] },
        actor: rep('a'),
        rejection: 'invalid-state',
      },
      {
        at: now,
        command: {
          type: 'resolve-conflict',
          conflictId: 'k',
          resolution: { kind: 'award', claimant: 'b' },
          reason: 'earliest',
        },
        actor: rep('rm', ['regional-manager']),
        state: {
          owner: 'b',
          status: 'registered-protected',
          protectedUntil: '2026-06-01T10:00:00.000+08:00',
        },
      },
    ])
  })
})

describe('decide: settling after the customer leaves', () => {
  const policy = definePolicy({ conflicts: { settleAfterCustomerLeaves: true } })
  const rm = rep('rm', ['regional-manager'])
  const gm = rep('gm', ['general-manager'])
  const resolve = (resolution: Extract<Command, { type: 'resolve-conflict' }>['resolution']) =>
    ({ type: 'resolve-conflict', conflictId: 'k', resolution, reason: 'r' }) as const

  it('records the departure once, e.g. with an escalation, and lets later settlements reuse it', () => {
    const history = runScenario(policy, [
      { at: now, command: { type: 'register', claimant: 'a', profile } },
      {
        at: now,
        command: { type: 'open-conflict', conflictId: 'k', kind: 'collision', claimants: ['a', 'b'] },
        actor: manager,
      },
      {
        at: '2026-03-01T11:00:00+08:00',
        command: { ...resolve({ kind: 'escalate', to: 'general-manager' }), customerLeftAt: now },
        actor: rm,
      },
      {
        at: '2026-03-01T12:00:00+08:00',
        command: resolve({ kind: 'award', claimant: 'b' }),
        actor: gm,
        state: { owner: 'b', flags: { inConflict: false } },
      },
    ])
    expect(history.at(-2)).toMatchObject({ type: 'conflict-resolved', customerLeftAt: now })
    expect(history.at(-1)).not.toHaveProperty('customerLeftAt')
  })

  it('does not apply when the policy does not ask for it', () => {
    runScenario(definePolicy({}), [
      { at: now, command: { type: 'register', claimant: 'a', profile } },
      {
        at: now,
        command: { type: 'open-conflict', conflictId: 'k', kind: 'collision', claimants: ['a', 'b'] },
        actor: manager,
      },
      { at: now, command: resolve({ kind: 'invalidate-all' }), actor: rm, state: { status: 'prospect' } },
    ])
  })
})

describe('decide: claims are not revived or back-dated (review fixes)', () => {
  const policy = presets.dailyChemical
  const register = (claimant: string) => ({ type: 'register' as const, claimant, profile })
  const pay = (claimant: string, at?: string) => ({
    type: 'record-payment' as const,
    claimant,
    amount: 1000,
    ...(at ? { at } : {}),
  })

  it('refuses a payment on a lapsed or released claim: the claimant files again', () => {
    runScenario(policy, [
      { at: '2026-01-01T10:00:00+08:00', command: register('wang') },
      { at: '2026-05-01T10:00:00+08:00', command: pay('wang'), rejection: 'not-protected' },
      { at: '2026-05-01T10:00:00+08:00', state: { status: 'registered-unprotected' } },
    ])
    runScenario(definePolicy({ limits: { previousOwnerCooldown: { months: 1 } } }), [
      { at: '2026-01-01T10:00:00+08:00', command: register('wang') },
      { at: '2026-01-10T10:00:00+08:00', command: { type: 'release' }, actor: rep('wang') },
      { at: '2026-01-11T10:00:00+08:00', command: pay('wang'), rejection: 'not-protected' },
    ])
  })

  it('refuses a payment dated before the current claim started', () => {
    runScenario(policy, [
      { at: '2026-01-01T10:00:00+08:00', command: register('wang') },
      { at: '2026-04-02T10:00:00+08:00', command: register('li') },
      {
        at: '2026-04-03T10:00:00+08:00',
        command: pay('li', '2026-02-01T10:00:00+08:00'),
        rejection: 'invalid-state',
        facts: { claimStartedAt: '2026-04-02T10:00:00+08:00' },
      },
    ])
  })

  it('keeps the latest payment as the last one when an earlier one is recorded late', () => {
    runScenario(policy, [
      { at: '2026-01-01T10:00:00+08:00', command: register('wang') },
      { at: '2026-03-01T10:00:00+08:00', command: pay('wang') },
      { at: '2026-03-02T10:00:00+08:00', command: pay('wang', '2026-02-01T10:00:00+08:00') },
      // three months after 1 March, not after 1 February
      { at: '2026-05-15T10:00:00+08:00', state: { status: 'cooperating-protected' } },
      { at: '2026-06-01T10:00:00+08:00', state: { status: 'cooperating-warning' } },
    ])
  })

  it('gives an awarded claimant a fresh window when the old claim had lapsed', () => {
    const arbitrator = rep('gm', ['sales-director', 'regional-manager'])
    runScenario(policy, [
      { at: '2026-01-01T10:00:00+08:00', command: register('wang') },
      {
        at: '2026-04-05T10:00:00+08:00',
        command: {
          type: 'open-conflict',
          conflictId: 'k1',
          kind: 'duplicate-filing',
          claimants: ['wang', 'li'],
        },
        actor: arbitrator,
      },
      {
        at: '2026-04-05T11:00:00+08:00',
        command: {
          type: 'resolve-conflict',
          conflictId: 'k1',
          resolution: { kind: 'award', claimant: 'li' },
          reason: 'li brought the order',
        },
        actor: arbitrator,
        state: {
          owner: 'li',
          status: 'registered-protected',
          protectedUntil: '2026-07-05T11:00:00.000+08:00',
        },
      },
    ])
  })

  it('requires the project of a project-level filing (大天 项目报备)', () => {
    runScenario(presets.projectSales, [
      {
        at: '2026-01-05T10:00:00+08:00',
        command: { type: 'register', claimant: 'wang', kind: 'project', profile: { name: '大天客户' } },
        rejection: 'missing-required-fields',
        facts: { fields: ['project'] },
      },
    ])
  })

  it('attributes a walk-in only to a claimant who could file: not one cooling down', () => {
    const cooling = definePolicy({ limits: { previousOwnerCooldown: { months: 1 } } })
    runScenario(cooling, [
      { at: '2026-01-01T10:00:00+08:00', command: register('wang') },
      { at: '2026-01-10T10:00:00+08:00', command: { type: 'release' }, actor: rep('wang') },
      {
        at: '2026-01-12T10:00:00+08:00',
        command: { type: 'attribute-walk-in', namedRep: 'wang', profile },
        actor: manager,
        rejection: 'previous-owner-cooldown',
      },
    ])
  })
})
