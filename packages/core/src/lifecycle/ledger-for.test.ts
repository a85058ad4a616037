import { describe, expect, it } from 'vitest'
import { definePolicy } from '../policy/define'
import { presets } from '../policy/presets'
import type { Command } from './commands'
import { decide } from './decide'
import type { Event } from './events'
import { ledgerFor } from './ledger-for'
import { rep, runScenario } from './test-kit'

const profile = { name: '思萨日化', phone: '13300003333', address: '深圳', contact: '王' }

// Two customers for li: c1 filed 1 March and paying since 2 March, c2 filed 3 March; c3 is wang's.
function histories(policy = presets.dailyChemical): Event[][] {
  const li = rep('li')
  const c1 = runScenario(
    policy,
    [
      { at: '2026-03-01T10:00:00+08:00', command: { type: 'register', claimant: 'li', profile } },
      {
        at: '2026-03-02T10:00:00+08:00',
        command: { type: 'record-payment', claimant: 'li', amount: 5000 },
        actor: li,
      },
    ],
    'c1',
  )
  const c2 = runScenario(
    policy,
    [{ at: '2026-03-03T10:00:00+08:00', command: { type: 'register', claimant: 'li', profile } }],
    'c2',
  )
  const c3 = runScenario(
    policy,
    [{ at: '2026-03-03T11:00:00+08:00', command: { type: 'register', claimant: 'wang', profile } }],
    'c3',
  )
  return [c1, c2, c3]
}

describe('ledgerFor', () => {
  const now = '2026-03-03T20:00:00+08:00'

  it('counts protected holdings, leaving paying customers out by default', () => {
    expect(ledgerFor('li', histories(), presets.dailyChemical, now)).toEqual({
      activeProtected: 1,
      filedToday: 1,
      poolClaimsToday: 0,
      violations: {},
    })
    expect(ledgerFor('wang', histories(), presets.dailyChemical, now).activeProtected).toBe(1)
  })

  it('counts cooperating customers when limits.cooperatingCountsAsActive', () => {
    const counting = definePolicy({ limits: { cooperatingCountsAsActive: true } })
    expect(ledgerFor('li', histories(counting), counting, now).activeProtected).toBe(2)
  })

  it('forgets lapsed holdings and yesterday’s filings (local day in the policy zone)', () => {
    const later = '2026-06-04T00:30:00+08:00' // c2 lapsed on 3 June; 16:30 UTC on 3 June
    expect(ledgerFor('li', histories(), presets.dailyChemical, later)).toMatchObject({
      activeProtected: 0,
      filedToday: 0,
    })
    // 2026-03-03T16:30Z is already 4 March in Shanghai: nothing filed "today" there.
    expect(ledgerFor('li', histories(), presets.dailyChemical, '2026-03-03T16:30:00Z').filedToday).toBe(0)
  })

  it('accepts sweep streams and feeds decide, which then enforces the quota', () => {
    const capped = definePolicy({ limits: { activeProtected: 2, cooperatingCountsAsActive: true } })
    const streams = histories(capped).map((history, i) => ({ customerId: `c${i + 1}`, history }))
    const ledger = ledgerFor('li', streams, capped, now)
    expect(ledger.activeProtected).toBe(2)
    const command: Command = { type: 'register', customerId: 'c4', claimant: 'li', profile }
    const result = decide(command, { history: [], policy: capped, now, actor: rep('li'), ledger })
    expect(result.ok ? 'accepted' : result.rejection).toMatchObject({ code: 'quota-exceeded', limit: 2 })
  })

  it('counts filings of one kind (正盛: only the first 30 on-site filings a day count)', () => {
    const policy = presets.distributorRealty
    const buyer = { name: '张先生', phone: '13800001111' }
    const pre = runScenario(
      policy,
      [
        {
          at: '2026-03-02T18:30:00+08:00',
          command: { type: 'register', claimant: 'dist-a', profile: buyer, kind: 'pre-registration' },
        },
      ],
      'p1',
    )
    const onSite = runScenario(
      policy,
      [
        {
          at: '2026-03-02T09:00:00+08:00',
          command: {
            type: 'register',
            claimant: 'dist-a',
            profile: buyer,
            visitAt: '2026-03-02T10:00:00+08:00',
          },
        },
      ],
      'p2',
    )
    const at = '2026-03-02T20:00:00+08:00'
    expect(ledgerFor('dist-a', [pre, onSite], policy, at, { kind: 'on-site' }).filedToday).toBe(1)
    expect(ledgerFor('dist-a', [pre, onSite], policy, at).filedToday).toBe(2)
  })

  it('counts pool claims today and violations by kind, across customers', () => {
    const policy = presets.toolMaker
    const vp = rep('vp', ['marketing-vp'])
    const pooled = runScenario(
      policy,
      [
        { at: '2025-01-01T10:00:00+08:00', command: { type: 'register', claimant: 'zhao', profile } },
        { at: '2026-03-03T09:00:00+08:00', command: { type: 'claim', claimant: 'li' } },
        {
          at: '2026-03-03T09:30:00+08:00',
          command: { type: 'record-violation', claimant: 'li', violation: 'unauthorized-view' },
          actor: vp,
        },
      ],
      'c5',
    )
    const other = runScenario(
      policy,
      [
        {
          at: '2026-03-01T09:30:00+08:00',
          command: { type: 'record-violation', claimant: 'li', violation: 'unauthorized-view' },
          actor: vp,
        },
      ],
      'c6',
    )
    expect(ledgerFor('li', [pooled, other], policy, now)).toEqual({
      activeProtected: 1,
      filedToday: 0,
      poolClaimsToday: 1,
      violations: { 'unauthorized-view': 2 },
    })
  })

  it('throws a RangeError for an invalid now', () => {
    expect(() => ledgerFor('li', [], presets.dailyChemical, 'today')).toThrow(RangeError)
  })
})
