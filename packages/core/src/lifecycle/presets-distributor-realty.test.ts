import { describe, it } from 'vitest'
import { presets } from '../policy/presets'
import { runScenario } from './test-kit'

const policy = presets.distributorRealty
const buyer = { name: '张先生', phone: '13800001111' }

// Seed 002 正盛: pre-registration 18:00–21:00 for the next day; on-site registration ≥ 30 minutes ahead,
// valid that day; a visit protects 7 days including the day, each repeat visit by the same
// distributor extends; ≤ 30 on-site registrations per distributor per day; incomplete = invalid.
describe('distributorRealty (seed 002 正盛)', () => {
  it('pre-registers in the evening window, then renews by brought visits (7天包含当天)', () => {
    runScenario(policy, [
      {
        at: '2026-03-01T17:59:00+08:00',
        command: { type: 'register', claimant: 'dist-a', profile: buyer, kind: 'pre-registration' },
        rejection: 'outside-submission-window',
        facts: { from: '18:00', to: '21:00' },
      },
      {
        at: '2026-03-01T18:30:00+08:00',
        command: { type: 'register', claimant: 'dist-a', profile: buyer, kind: 'pre-registration' },
        state: { status: 'registered-protected', protectedUntil: '2026-03-03T00:00:00.000+08:00' },
      },
      {
        at: '2026-03-02T10:00:00+08:00',
        command: {
          type: 'register',
          claimant: 'dist-b',
          profile: buyer,
          visitAt: '2026-03-02T10:20:00+08:00',
        },
        rejection: 'lead-time-too-short',
        facts: { latestFilingAt: '2026-03-02T09:50:00.000+08:00' },
      },
      {
        at: '2026-03-02T10:00:00+08:00',
        command: {
          type: 'register',
          claimant: 'dist-b',
          profile: buyer,
          visitAt: '2026-03-02T11:00:00+08:00',
        },
        rejection: 'protected-by-other',
        facts: { owner: 'dist-a', protectedUntil: '2026-03-03T00:00:00.000+08:00' },
      },
      {
        at: '2026-03-02T14:00:00+08:00',
        command: { type: 'log-visit', claimant: 'dist-a', brought: true },
        state: { protectedUntil: '2026-03-09T00:00:00.000+08:00' },
      },
      {
        at: '2026-03-05T20:00:00+08:00',
        command: { type: 'log-visit', claimant: 'dist-a', brought: true },
        state: { protectedUntil: '2026-03-12T00:00:00.000+08:00' },
      },
      {
        at: '2026-03-11T23:59:59+08:00',
        state: { status: 'registered-protected', flags: { expiringSoon: true } },
      },
      { at: '2026-03-12T00:00:00+08:00', state: { status: 'registered-unprotected', owner: 'dist-a' } },
      {
        at: '2026-03-12T09:00:00+08:00',
        command: {
          type: 'register',
          claimant: 'dist-b',
          profile: buyer,
          visitAt: '2026-03-12T10:00:00+08:00',
        },
        state: { owner: 'dist-b', protectedUntil: '2026-03-13T00:00:00.000+08:00' },
      },
    ])
  })

  it('counts the local day: an on-site filing at 01:00+08:00 (the previous UTC day) lasts to local midnight', () => {
    runScenario(policy, [
      {
        at: '2026-02-28T17:00:00Z',
        command: {
          type: 'register',
          claimant: 'dist-a',
          profile: buyer,
          visitAt: '2026-03-01T09:00:00+08:00',
        },
        state: { protectedUntil: '2026-03-02T00:00:00.000+08:00' },
      },
    ])
  })

  it('enforces the daily limit and complete contacts', () => {
    const visitAt = '2026-03-02T12:00:00+08:00'
    runScenario(policy, [
      {
        at: '2026-03-02T10:00:00+08:00',
        command: { type: 'register', claimant: 'dist-a', profile: buyer, visitAt },
        ledger: { filedToday: 30 },
        rejection: 'daily-limit-reached',
        facts: { limit: 30 },
      },
      {
        at: '2026-03-02T10:00:00+08:00',
        command: {
          type: 'register',
          claimant: 'dist-a',
          profile: { name: '先生', phone: '138****1111' },
          visitAt,
        },
        rejection: 'missing-required-fields',
        facts: { fields: ['name', 'phone'] },
      },
      {
        at: '2026-03-02T10:00:00+08:00',
        command: { type: 'register', claimant: 'dist-a', profile: buyer },
        rejection: 'missing-required-fields',
        facts: { fields: ['visitAt'] },
      },
      {
        at: '2026-03-02T10:00:00+08:00',
        command: { type: 'register', claimant: 'dist-a', profile: buyer, visitAt },
        ledger: { filedToday: 29 },
        state: { owner: 'dist-a' },
      },
    ])
  })
  it('keeps a pre-registration for the next day only; other distributors’ visits do not extend it', () => {
    const preRegister = {
      type: 'register',
      claimant: 'dist-a',
      profile: buyer,
      kind: 'pre-registration',
    } as const
    runScenario(policy, [
      // 18:00之后21:00之前: 21:00 is too late.
      { at: '2026-03-01T21:00:00+08:00', command: preRegister, rejection: 'outside-submission-window' },
      // 每天预报总量不得超过10000组.
      {
        at: '2026-03-01T20:00:00+08:00',
        command: preRegister,
        ledger: { filedToday: 10000 },
        rejection: 'daily-limit-reached',
        facts: { limit: 10000 },
      },
      {
        at: '2026-03-01T20:59:00+08:00',
        command: preRegister,
        state: { owner: 'dist-a', protectedUntil: '2026-03-03T00:00:00.000+08:00' },
      },
      // 其他分销带访则不顺延: dist-b's visit is recorded but extends nothing.
      {
        at: '2026-03-02T14:00:00+08:00',
        command: { type: 'log-visit', claimant: 'dist-b', brought: true },
        state: { owner: 'dist-a', protectedUntil: '2026-03-03T00:00:00.000+08:00' },
      },
      { at: '2026-03-02T23:59:59+08:00', state: { status: 'registered-protected', owner: 'dist-a' } },
      { at: '2026-03-03T00:00:00+08:00', state: { status: 'registered-unprotected' } },
      // 临报 exactly 30 minutes ahead is in time, and protects the same day.
      {
        at: '2026-03-03T09:30:00+08:00',
        command: {
          type: 'register',
          claimant: 'dist-b',
          profile: buyer,
          visitAt: '2026-03-03T10:00:00+08:00',
        },
        state: { owner: 'dist-b', protectedUntil: '2026-03-04T00:00:00.000+08:00' },
      },
    ])
  })
})
