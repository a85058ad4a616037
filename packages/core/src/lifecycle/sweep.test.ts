import { describe, expect, it } from 'vitest'
import type { Actor } from '../model/actor'
import { presets } from '../policy/presets'
import type { Policy } from '../policy/schema'
import type { Command } from './commands'
import { decide } from './decide'
import type { Event } from './events'
import { sweep } from './sweep'
import type { DistributiveOmit } from './test-kit'
import { deriveState } from './view'

type Step = [at: string, command: DistributiveOmit<Command, 'customerId'>, actor?: Actor]

function historyOf(policy: Policy, customerId: string, steps: Step[]): Event[] {
  const history: Event[] = []
  for (const [at, command, actor] of steps) {
    const result = decide({ ...command, customerId } as Command, {
      history,
      policy,
      now: at,
      actor: actor ?? { id: 'claimant' in command ? command.claimant : 'system', roles: [] },
    })
    if (!result.ok) throw new Error(result.rejection.code)
    history.push(...result.events)
  }
  return history
}

const profile = { name: 'x', address: 'a', phone: '13300003333', contact: 'c' }

describe('sweep', () => {
  const policy = presets.toolMaker
  const streams = [
    {
      customerId: 'a',
      history: historyOf(policy, 'a', [
        ['2026-01-01T10:00:00+08:00', { type: 'register', claimant: 'li', profile }],
      ]),
    },
    {
      customerId: 'b',
      history: historyOf(policy, 'b', [
        ['2026-01-01T10:00:00+08:00', { type: 'register', claimant: 'wang', profile }],
        ['2026-02-01T10:00:00+08:00', { type: 'record-payment', claimant: 'wang', amount: 1 }],
      ]),
    },
    {
      customerId: 'c',
      history: historyOf(policy, 'c', [
        ['2026-03-25T10:00:00+08:00', { type: 'register', claimant: 'li', profile }],
      ]),
    },
  ]

  it('lists releases and warnings in the horizon and emits released events for what is due', () => {
    const result = sweep(streams, policy, '2026-04-01T10:00:00+08:00', { horizon: { days: 30 } })
    // a: protected until 2026-04-01T10:00 → due now (released to the pool).
    expect(result.events).toEqual([
      {
        type: 'released',
        id: 'a:1',
        customerId: 'a',
        at: '2026-04-01T10:00:00.000+08:00',
        actor: 'system',
        scope: 'company',
        claimant: 'li',
        to: 'pool',
        reason: 'lapsed',
      },
    ])
    expect(result.releases).toEqual([])
    // c: protected until 2026-06-25, expiring-soon lead (7 days) starts 2026-06-18: outside 30 days.
    expect(result.warnings).toEqual([])
    const later = sweep(streams, policy, '2026-06-15T10:00:00+08:00', { horizon: { days: 30 } })
    expect(later.releases.map((r) => [r.customerId, r.at, r.to])).toEqual([
      ['c', '2026-06-25T10:00:00.000+08:00', 'pool'],
    ])
    expect(later.warnings.map((w) => [w.customerId, w.kind, w.at])).toEqual([
      ['c', 'expiring-soon', '2026-06-18T10:00:00.000+08:00'],
    ])
    expect(later.events.map((e) => e.customerId)).toEqual(['a'])
  })

  it('appending its events gives the same state as time alone, and sweeping again emits nothing', () => {
    const now = '2026-04-01T10:00:00+08:00'
    const { events } = sweep(streams, policy, now)
    const a = streams[0]?.history ?? []
    const appended = [...a, ...events]
    expect(deriveState(appended, policy, now)).toMatchObject({
      status: 'registered-unprotected',
      owner: null,
      flags: { inPool: true },
    })
    expect(deriveState(a, policy, now)).toMatchObject({
      status: 'registered-unprotected',
      owner: null,
      flags: { inPool: true },
    })
    expect(sweep([{ customerId: 'a', history: appended }], policy, now).events).toEqual([])
  })

  it('reports the ④ warning of cooperating customers and skips locked ones', () => {
    const daily = presets.dailyChemical
    const paid = historyOf(daily, 'p', [
      ['2026-01-01T10:00:00+08:00', { type: 'register', claimant: 'li', profile }],
      ['2026-01-15T10:00:00+08:00', { type: 'record-payment', claimant: 'li', amount: 1 }],
    ])
    const result = sweep([{ customerId: 'p', history: paid }], daily, '2026-04-10T00:00:00+08:00', {
      horizon: { days: 7 },
    })
    expect(result.warnings.map((w) => [w.kind, w.at])).toEqual([
      ['cooperating-warning', '2026-04-15T10:00:00.000+08:00'],
    ])
    const locked = historyOf(daily, 'p', [
      ['2026-01-01T10:00:00+08:00', { type: 'register', claimant: 'li', profile }],
      ['2026-01-02T10:00:00+08:00', { type: 'lock' }, { id: 'm', roles: ['customer-support'] }],
    ])
    expect(sweep([{ customerId: 'p', history: locked }], daily, '2027-01-01T00:00:00+08:00').events).toEqual(
      [],
    )
  })

  it('rejects an invalid now', () => {
    expect(() => sweep([], policy, 'soon')).toThrow(RangeError)
  })
})
