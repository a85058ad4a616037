import { describe, expect, it } from 'vitest'
import { type Command, decide, type Event, EventSchema } from '../lifecycle/index'
import { rep, runScenario } from '../lifecycle/test-kit'
import { presets } from '../policy/index'
import { ConflictCaseError, conflictCaseFrom } from './conflict-case-from'
import { detectCollisions } from './detect-collisions'
import { suggestResolution } from './suggest-resolution'

const policy = presets.visitFiling // 7-day collision window; required: name, phone, address

/** A history of customer `c1`, every event checked against the engine's schema. */
function historyOf(...events: Record<string, unknown>[]): Event[] {
  return events.map((fields, i) =>
    EventSchema.parse({ id: `c1:${i}`, customerId: 'c1', actor: 'system', scope: 'company', ...fields }),
  )
}

const registered = (
  claimant: string,
  at: string,
  profile: Record<string, unknown>,
  until: string | null,
) => ({
  type: 'registered',
  claimant,
  kind: 'company',
  at,
  profile,
  until,
  expiringFrom: null,
})
const visit = (claimant: string, at: string, extra: Record<string, unknown> = {}) => ({
  type: 'visit-logged',
  claimant,
  at,
  region: 'east',
  appointment: false,
  brought: false,
  ...extra,
})
const opened = (at: string, claimants: string[], note?: string) => ({
  type: 'conflict-opened',
  conflictId: 'k1',
  kind: 'collision',
  claimants,
  at,
  ...(note && { note }),
})

// Seed 003: A filed the customer a day before visiting by appointment; B walked in without filing.
const seed003 = historyOf(
  registered(
    'rep-a',
    '2026-03-01T09:00:00+08:00',
    {
      name: '杭州清芬日化有限公司',
      phone: '13333333333',
      address: '西湖区文三路1号',
      tracking: { feedback: '意向强' },
    },
    '2026-03-08T00:00:00+08:00',
  ),
  visit('rep-a', '2026-03-02T10:00:00+08:00', { appointment: true }),
  visit('rep-b', '2026-03-03T15:00:00+08:00'),
  opened('2026-03-03T16:00:00+08:00', ['rep-a', 'rep-b']),
)

describe('conflictCaseFrom', () => {
  it('builds each claim from the filings, visits and appointments before the conflict', () => {
    expect(conflictCaseFrom(seed003, 'k1', policy)).toEqual({
      id: 'k1',
      kind: 'collision',
      customerId: 'c1',
      escalatedTo: null,
      claims: [
        {
          claimant: 'rep-a',
          registeredAt: '2026-03-01T09:00:00+08:00',
          valid: true,
          completeness: 1,
          tracking: { feedback: '意向强' },
          appointment: true,
          visits: ['2026-03-02T10:00:00+08:00'],
        },
        {
          claimant: 'rep-b',
          registeredAt: null,
          valid: false,
          completeness: 0,
          tracking: undefined,
          appointment: false,
          visits: ['2026-03-03T15:00:00+08:00'],
        },
      ],
    })
  })

  it('feeds suggestResolution: the registered claimant wins, the other bears the responsibility', () => {
    const suggestion = suggestResolution(conflictCaseFrom(seed003, 'k1', policy), policy)
    expect(suggestion.resolution).toEqual({ kind: 'award', claimant: 'rep-a' })
    expect(suggestion.violations).toEqual([{ claimant: 'rep-b', violation: 'unregistered-visit' }])
    expect(suggestion.explanation).toEqual([
      'rep-a is the only claimant with a valid registration: award to rep-a.',
      "rep-b had no valid prior registration and bears the main responsibility: consider recording 'unregistered-visit'.",
    ])
  })

  it('does not count a filing made after the visit, a lapsed one, or a rejected one', () => {
    const history = historyOf(
      registered('rep-a', '2026-02-01T09:00:00+08:00', { name: 'x' }, '2026-02-08T00:00:00+08:00'),
      registered('rep-c', '2026-03-01T09:00:00+08:00', { name: 'x', phone: '13333333333' }, null),
      { type: 'registration-rejected', claimant: 'rep-c', at: '2026-03-01T12:00:00+08:00' },
      visit('rep-a', '2026-03-02T10:00:00+08:00'),
      visit('rep-b', '2026-03-03T10:00:00+08:00'),
      visit('rep-c', '2026-03-03T11:00:00+08:00'),
      registered('rep-b', '2026-03-03T12:00:00+08:00', { name: 'x' }, null),
      opened('2026-03-03T16:00:00+08:00', ['rep-a', 'rep-b', 'rep-c'], '当客户面争吵'),
    )
    const conflict = conflictCaseFrom(history, 'k1', policy)
    expect(conflict.claims.map((c) => [c.claimant, c.valid])).toEqual([
      ['rep-a', false],
      ['rep-b', false],
      ['rep-c', false],
    ])
    expect(conflict.claims[1]?.registeredAt).toBeNull()
    expect(conflict.claims[2]?.completeness).toBeCloseTo(2 / 3)
    expect(conflict.quarrel).toBe(true)
    expect(suggestResolution(conflict, policy).resolution).toEqual({ kind: 'invalidate-all' })
  })

  it('reads a joint close and a previous escalation', () => {
    const history = historyOf(
      registered('rep-a', '2026-03-01T09:00:00+08:00', { name: 'x' }, null),
      registered('rep-b', '2026-03-01T09:00:00+08:00', { name: 'x' }, null),
      opened('2026-03-03T16:00:00+08:00', ['rep-a', 'rep-b'], 'joint close / 协助成单'),
      {
        type: 'conflict-resolved',
        conflictId: 'k1',
        resolution: { kind: 'escalate', to: 'general-manager' },
        reason: 'tie',
        at: '2026-03-04T09:00:00+08:00',
      },
    )
    expect(conflictCaseFrom(history, 'k1', policy)).toMatchObject({
      jointClose: true,
      escalatedTo: 'general-manager',
    })
  })

  it('does not count a filing its claimant released before the conflict (dailyChemical)', () => {
    const daily = presets.dailyChemical
    const manager = { id: 'boss', roles: ['customer-support'] }
    const profile = {
      name: '深圳市思萨日化有限公司',
      phone: '0755-12345678',
      address: '南山区',
      contact: '王',
    }
    const history = runScenario(daily, [
      { at: '2026-03-01T09:00:00+08:00', command: { type: 'register', claimant: 'rep-1', profile } },
      { at: '2026-03-02T09:00:00+08:00', command: { type: 'release' }, actor: rep('rep-1') },
      { at: '2026-03-03T09:00:00+08:00', command: { type: 'register', claimant: 'rep-2', profile } },
      { at: '2026-03-04T09:00:00+08:00', command: { type: 'log-visit', claimant: 'rep-1', region: 'east' } },
      { at: '2026-03-04T10:00:00+08:00', command: { type: 'log-visit', claimant: 'rep-2', region: 'east' } },
      {
        at: '2026-03-04T11:00:00+08:00',
        actor: manager,
        command: {
          type: 'open-conflict',
          conflictId: 'k1',
          kind: 'collision',
          claimants: ['rep-1', 'rep-2'],
        },
      },
    ])
    const conflict = conflictCaseFrom(history, 'k1', daily)
    expect(conflict.claims.map((c) => [c.claimant, c.valid])).toEqual([
      ['rep-1', false],
      ['rep-2', true],
    ])
    expect(suggestResolution(conflict, daily).resolution).toEqual({ kind: 'award', claimant: 'rep-2' })
  })

  it('does not count a filing transferred away, unless its claimant took the claim back', () => {
    const base = [
      registered('rep-a', '2026-03-01T09:00:00+08:00', { name: 'x' }, null),
      {
        type: 'transferred',
        from: 'rep-a',
        claimant: 'rep-c',
        reason: 'reassignment',
        at: '2026-03-02T09:00:00+08:00',
      },
    ]
    const tail = [
      visit('rep-a', '2026-03-04T10:00:00+08:00'),
      visit('rep-b', '2026-03-04T11:00:00+08:00'),
      opened('2026-03-04T12:00:00+08:00', ['rep-a', 'rep-b']),
    ]
    const away = conflictCaseFrom(historyOf(...base, ...tail), 'k1', policy)
    expect(away.claims[0]?.valid).toBe(false)
    const back = historyOf(
      ...base,
      {
        type: 'transferred',
        from: 'rep-c',
        claimant: 'rep-a',
        reason: 'reassignment',
        at: '2026-03-03T09:00:00+08:00',
      },
      ...tail,
    )
    expect(conflictCaseFrom(back, 'k1', policy).claims[0]?.valid).toBe(true)
    // A release after the visit that caused the conflict does not undo the prior registration.
    const later = historyOf(
      registered('rep-a', '2026-03-01T09:00:00+08:00', { name: 'x' }, null),
      visit('rep-a', '2026-03-04T10:00:00+08:00'),
      { type: 'released', claimant: 'rep-a', to: 'open', reason: 'manual', at: '2026-03-04T10:30:00+08:00' },
      visit('rep-b', '2026-03-04T11:00:00+08:00'),
      opened('2026-03-04T12:00:00+08:00', ['rep-a', 'rep-b']),
    )
    expect(conflictCaseFrom(later, 'k1', policy).claims[0]?.valid).toBe(true)
  })

  it('counts only quarrel violations recorded while this conflict was open', () => {
    const quarrel = (at: string) => ({
      type: 'violation-recorded',
      claimant: 'rep-b',
      violation: 'quarrel',
      nth: 1,
      sanction: {},
      at,
    })
    const earlier = [
      registered('rep-a', '2026-03-01T09:00:00+08:00', { name: 'x' }, null),
      visit('rep-a', '2026-03-02T10:00:00+08:00'),
      visit('rep-b', '2026-03-02T11:00:00+08:00'),
      { ...opened('2026-03-02T12:00:00+08:00', ['rep-a', 'rep-b']), conflictId: 'k0' },
      quarrel('2026-03-02T12:30:00+08:00'),
      {
        type: 'conflict-resolved',
        conflictId: 'k0',
        resolution: { kind: 'award', claimant: 'rep-a' },
        reason: 'earliest',
        at: '2026-03-02T13:00:00+08:00',
      },
      quarrel('2026-03-02T13:30:00+08:00'),
      visit('rep-b', '2026-03-05T11:00:00+08:00'),
      opened('2026-03-05T12:00:00+08:00', ['rep-a', 'rep-b']),
    ]
    expect(conflictCaseFrom(historyOf(...earlier), 'k0', policy).quarrel).toBe(true)
    expect(conflictCaseFrom(historyOf(...earlier), 'k1', policy).quarrel).toBeUndefined()
    const now = historyOf(...earlier, quarrel('2026-03-05T12:10:00+08:00'))
    expect(conflictCaseFrom(now, 'k1', policy).quarrel).toBe(true)
  })

  it('throws a typed error for an unknown conflict', () => {
    expect(() => conflictCaseFrom(seed003, 'nope', policy)).toThrow(ConflictCaseError)
    try {
      conflictCaseFrom([], 'nope', policy)
    } catch (error) {
      expect((error as ConflictCaseError).code).toBe('unknown-conflict')
    }
  })
})

describe('detectCollisions', () => {
  const visits = historyOf(
    registered('rep-a', '2026-03-01T09:00:00+08:00', { name: 'x' }, null),
    visit('rep-a', '2026-03-02T10:00:00+08:00'),
    visit('rep-b', '2026-03-03T15:00:00+08:00'),
    visit('rep-c', '2026-03-03T15:00:00+08:00', { region: 'west' }),
  )

  it('proposes a conflict for two claimants visiting in one region within the window', () => {
    expect(detectCollisions([visits], policy, '2026-03-04T09:00:00+08:00')).toEqual([
      {
        type: 'open-conflict',
        customerId: 'c1',
        conflictId: 'c1:collision:c1:1',
        kind: 'collision',
        claimants: ['rep-a', 'rep-b'],
        region: 'east',
        note: 'visits by rep-a, rep-b since 2026-03-02T10:00:00+08:00',
        at: '2026-03-04T09:00:00+08:00',
      },
    ])
  })

  it('ignores visits outside the window and collisions already opened', () => {
    expect(detectCollisions([visits], policy, '2026-03-10T11:00:00+08:00')).toEqual([])
    expect(detectCollisions([seed003], policy, '2026-03-04T09:00:00+08:00')).toEqual([])
  })

  it('checks every history it is given, as arrays or as sweep streams', () => {
    expect(detectCollisions([visits, seed003, []], policy, '2026-03-04T09:00:00+08:00')).toHaveLength(1)
    const streams = [{ customerId: 'c1', history: visits.values() }]
    expect(detectCollisions(streams, policy, '2026-03-04T09:00:00+08:00')).toHaveLength(1)
  })

  // The collision of `visits` as proposed on 03-04, opened, then settled.
  const openedK = {
    type: 'conflict-opened',
    conflictId: 'c1:collision:c1:1',
    kind: 'collision',
    claimants: ['rep-a', 'rep-b'],
    region: 'east',
    at: '2026-03-04T09:00:00+08:00',
  }
  const resolved = {
    type: 'conflict-resolved',
    conflictId: 'c1:collision:c1:1',
    resolution: { kind: 'award', claimant: 'rep-a' },
    reason: 'earliest registration',
    at: '2026-03-04T10:00:00+08:00',
  }
  const events = visits.map(({ id: _id, customerId: _c, actor: _a, scope: _s, ...rest }) => rest)

  it('does not propose a resolved collision again inside the window', () => {
    const settled = historyOf(...events, openedK, resolved)
    expect(detectCollisions([settled], policy, '2026-03-05T09:00:00+08:00')).toEqual([])
    // The winner's own follow-up visit is no new collision.
    const followUp = historyOf(...events, openedK, resolved, visit('rep-a', '2026-03-05T08:00:00+08:00'))
    expect(detectCollisions([followUp], policy, '2026-03-05T09:00:00+08:00')).toEqual([])
  })

  it('gives a third claimant visiting later a new conflict that decide accepts', () => {
    const third = historyOf(...events, openedK, visit('rep-c', '2026-03-05T08:00:00+08:00'))
    const proposals = detectCollisions([third], policy, '2026-03-05T09:00:00+08:00')
    expect(proposals).toMatchObject([
      { conflictId: 'c1:collision:c1:5', claimants: ['rep-a', 'rep-b', 'rep-c'], region: 'east' },
    ])
    expect(detectCollisions([third], policy, '2026-03-05T09:00:00+08:00')).toEqual(proposals)
    const manager = { id: 'boss', roles: ['regional-manager'] }
    const decision = decide(proposals[0] as Command, {
      history: third,
      policy,
      now: '2026-03-05T09:00:00+08:00',
      actor: manager,
    })
    expect(decision.ok ? 'ok' : decision.rejection).toBe('ok')
    // Once that one is opened too, nothing more is proposed.
    const both = historyOf(...events, openedK, visit('rep-c', '2026-03-05T08:00:00+08:00'), {
      ...openedK,
      conflictId: proposals[0]?.conflictId,
      claimants: proposals[0]?.claimants,
      at: '2026-03-05T09:00:00+08:00',
    })
    expect(detectCollisions([both], policy, '2026-03-05T10:00:00+08:00')).toEqual([])
    // Both visiting again after the resolution is a new collision, with a new id.
    const again = historyOf(
      ...events,
      openedK,
      resolved,
      visit('rep-b', '2026-03-05T08:00:00+08:00'),
      visit('rep-a', '2026-03-05T08:30:00+08:00'),
    )
    expect(detectCollisions([again], policy, '2026-03-05T09:00:00+08:00')).toMatchObject([
      { conflictId: 'c1:collision:c1:6', claimants: ['rep-a', 'rep-b'] },
    ])
  })

  it('rejects a malformed now', () => {
    expect(() => detectCollisions([visits], policy, 'yesterday')).toThrow(RangeError)
  })
})
