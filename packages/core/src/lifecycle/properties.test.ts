import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Actor } from '../model/actor'
import { presets } from '../policy/presets'
import type { Policy } from '../policy/schema'
import { formatInstant } from '../time/index'
import type { Command } from './commands'
import { decide } from './decide'
import type { Event } from './events'
import { evolve, replay } from './fold'
import { REJECTION_CODES } from './rejection'
import { sweep } from './sweep'
import { deriveState, isProtectedStatus, viewState } from './view'

const START = Date.parse('2026-01-01T00:00:00+08:00')
const claimant = fc.constantFrom('a', 'b', 'c')
const profile = fc.record({
  name: fc.constantFrom('思萨科技', '张先生', '先生'),
  phone: fc.constantFrom('13300003333', '138****1111'),
  address: fc.constant('深圳'),
  contact: fc.constant('王'),
  grade: fc.constantFrom('H' as const, 'A' as const, 'C' as const),
  project: fc.constantFrom('p1', 'p2'),
})
// Every role some preset gives power to, so managers' commands get through as often as claimants'.
const POWER = [
  'manager',
  'regional-manager',
  'general-manager',
  'sales-supervisor',
  'sales-manager',
  'finance',
  'marketing-vp',
  'customer-support',
]
const roles = fc.constantFrom([], [], POWER)

const command = fc.oneof(
  fc.record({
    type: fc.constant('register' as const),
    claimant,
    profile,
    kind: fc.constantFrom(
      undefined,
      'company' as const,
      'project' as const,
      'pre-registration' as const,
      'walk-in-inquiry' as const,
    ),
    visitLeadMinutes: fc.integer({ min: 0, max: 3000 }),
  }),
  fc.record({
    type: fc.constant('register' as const),
    claimant,
    profile,
    visitLeadMinutes: fc.constant(2000),
  }),
  fc.record({ type: fc.constantFrom('approve' as const, 'reject' as const), claimant }),
  fc.record({
    type: fc.constant('log-visit' as const),
    claimant,
    brought: fc.boolean(),
    appointment: fc.boolean(),
  }),
  fc.record({ type: fc.constant('log-follow-up' as const), claimant }),
  fc.record({
    type: fc.constant('record-payment' as const),
    claimant,
    amount: fc.integer({ min: 1, max: 9 }),
  }),
  fc.record({ type: fc.constant('record-deposit' as const), claimant }),
  fc.record({ type: fc.constant('extend' as const), claimant }),
  fc.record({ type: fc.constant('release' as const) }),
  fc.record({ type: fc.constant('claim' as const), claimant }),
  fc.record({
    type: fc.constant('transfer' as const),
    to: claimant,
    reason: fc.constant('handover' as const),
  }),
  fc.record({ type: fc.constantFrom('lock' as const, 'unlock' as const) }),
  fc.record({
    type: fc.constant('attribute-walk-in' as const),
    profile,
    namedRep: claimant,
    rotation: fc.constant(['b', 'c']),
  }),
  fc.record({
    type: fc.constant('open-conflict' as const),
    conflictId: fc.constantFrom('k1', 'k2'),
    kind: fc.constant('collision' as const),
    claimants: fc.constant(['a', 'b']),
  }),
  fc.record({
    type: fc.constant('resolve-conflict' as const),
    conflictId: fc.constantFrom('k1', 'k2'),
    resolution: fc.constantFrom(
      { kind: 'award' as const, claimant: 'b' },
      {
        kind: 'split' as const,
        shares: [
          { claimant: 'a', percent: 60 },
          { claimant: 'b', percent: 40 },
        ],
      },
      { kind: 'invalidate-all' as const },
      { kind: 'pool' as const },
      { kind: 'escalate' as const, to: 'general-manager' },
    ),
    reason: fc.constant('r'),
  }),
  fc.record({
    type: fc.constant('record-violation' as const),
    claimant,
    violation: fc.constantFrom('false-filing', 'quarrel'),
  }),
)

const step = fc.record({
  gapMinutes: fc.integer({ min: 0, max: 60 * 24 * 40 }),
  command,
  actorIsClaimant: fc.oneof(fc.constant(true), fc.boolean()),
  roles,
})
const policy = fc.constantFrom(...Object.values(presets))

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const child of Object.values(value)) deepFreeze(child)
  }
  return value
}

type Step = {
  gapMinutes: number
  command: Record<string, unknown>
  actorIsClaimant: boolean
  roles: string[]
}

/** Runs random steps through decide → append, checking per-step invariants; returns the history and instants. */
function run(policy: Policy, steps: Step[]) {
  const history: Event[] = []
  const instants: string[] = []
  let t = START
  for (const s of steps) {
    t += s.gapMinutes * 60_000
    const now = formatInstant(t, policy.timeZone)
    instants.push(now)
    const { visitLeadMinutes, ...rest } = s.command as { visitLeadMinutes?: number }
    const cmd = deepFreeze({
      ...rest,
      customerId: 'c1',
      ...(visitLeadMinutes !== undefined
        ? { visitAt: formatInstant(t + visitLeadMinutes * 60_000, policy.timeZone) }
        : {}),
    } as Command)
    const who = (s.command as { claimant?: string }).claimant
    const actor: Actor = deepFreeze({ id: s.actorIsClaimant && who ? who : 'm', roles: s.roles })
    const frozenHistory = deepFreeze([...history])
    const snapshot = JSON.stringify([cmd, frozenHistory, actor])
    const before = deriveState(history, policy, now)
    const result = decide(cmd, { history: frozenHistory, policy, now, actor, ledger: deepFreeze({}) })
    expect(JSON.stringify([cmd, frozenHistory, actor])).toBe(snapshot)
    if (!result.ok) {
      expect(REJECTION_CODES).toContain(result.rejection.code)
      expect(result.rejection.code).not.toBe('invalid-input')
      continue
    }
    for (const e of result.events) {
      // First valid filing wins: a new claim never displaces another claimant's protection.
      if (
        e.type === 'registered' ||
        e.type === 'walk-in-attributed' ||
        e.type === 'claimed' ||
        (e.type === 'registration-submitted' && e.protects) ||
        e.type === 'registration-approved'
      ) {
        const held = before.scopes[e.scope]
        if (held && isProtectedStatus(held.status) && held.owner) expect(held.owner).toBe(e.claimant)
      }
    }
    history.push(...result.events)
  }
  return { history, instants }
}

describe('lifecycle properties (fast-check)', () => {
  it('decide never throws, never mutates its inputs, rejects only with listed codes, and first filing wins', () => {
    fc.assert(
      fc.property(policy, fc.array(step, { maxLength: 25 }), (p, steps) => void run(p, steps as Step[])),
      {
        numRuns: 300,
      },
    )
  })

  it('deriveState is total and deterministic, with at most one protected owner per scope', () => {
    fc.assert(
      fc.property(
        policy,
        fc.array(step, { maxLength: 20 }),
        fc.integer({ min: 0, max: 800 }),
        (p, steps, days) => {
          const { history } = run(p, steps as Step[])
          const now = formatInstant(START + days * 86_400_000, p.timeZone)
          const a = deriveState(history, p, now)
          expect(deriveState(history, p, now)).toEqual(a)
          for (const view of Object.values(a.scopes)) {
            if (isProtectedStatus(view.status) && view.claim) expect(view.owner).toBe(view.claim.claimant)
            if (!isProtectedStatus(view.status)) expect(view.protectedUntil).toBeNull()
          }
        },
      ),
      { numRuns: 200 },
    )
  })

  it('appending the releases sweep emits changes nothing at that instant, and a second sweep emits none', () => {
    fc.assert(
      fc.property(
        policy,
        fc.array(step, { maxLength: 20 }),
        fc.integer({ min: 0, max: 800 }),
        (p, steps, days) => {
          const { history } = run(p, steps as Step[])
          const now = formatInstant(START + days * 86_400_000, p.timeZone)
          const last = history[history.length - 1]
          if (last && Date.parse(last.at) > Date.parse(now)) return
          const { events } = sweep([{ customerId: 'c1', history }], p, now)
          const after = [...history, ...events]
          const pick = (h: Event[]) =>
            Object.entries(deriveState(h, p, now).scopes).map(([scope, v]) => [
              scope,
              v.status,
              v.owner,
              v.flags.inPool,
              v.protectedUntil,
            ])
          expect(pick(after)).toEqual(pick(history))
          expect(sweep([{ customerId: 'c1', history: after }], p, now).events).toEqual([])
          expect(events.map((e) => e.id)).toEqual(events.map((_, i) => `c1:${history.length + i}`))
        },
      ),
      { numRuns: 200 },
    )
  })

  it('replaying a history split at any point gives the same state; evolve does not mutate', () => {
    fc.assert(
      fc.property(policy, fc.array(step, { maxLength: 20 }), fc.nat(), (p, steps, cut) => {
        const { history, instants } = run(p, steps as Step[])
        const k = history.length === 0 ? 0 : cut % (history.length + 1)
        const prefix = deepFreeze(replay(history.slice(0, k)))
        const snapshot = JSON.stringify(prefix)
        const resumed = history.slice(k).reduce(evolve, prefix)
        expect(JSON.stringify(prefix)).toBe(snapshot)
        expect(resumed).toEqual(replay(history))
        const now = instants[instants.length - 1] ?? '2026-01-01T00:00:00+08:00'
        expect(viewState(resumed, p, now)).toEqual(deriveState(history, p, now))
      }),
      { numRuns: 200 },
    )
  })
})
