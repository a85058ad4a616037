import type { Actor, CustomerProfile, RegistrationKind, Status } from '../model/index'
import { type Policy, scopeOf } from '../policy/index'
import type { CustomerIndex, FindOptions, Match } from './customer-index'

/**
 * What the registration form needs to know about one scope of a known customer.
 *
 * @example
 * const scope: ScreenedScope = { status: 'registered-protected', owner: 'rep-1', protectedUntil: '2026-06-01T09:00:00+08:00' }
 */
export type ScreenedScope = {
  status: Status
  owner: string | null
  protectedUntil: string | null
  flags?: { locked?: boolean; pendingApproval?: boolean }
  pending?: { claimant: string; submittedAt: string }[]
}

/**
 * The part of `deriveState`'s `CustomerState` screening reads: its top-level scope and every scope.
 *
 * @example
 * const state: ScreenedState = deriveState(history, policy, now)
 */
export type ScreenedState = ScreenedScope & { scope?: string | null; scopes?: Record<string, ScreenedScope> }

/**
 * Options of {@link checkRegistration}.
 *
 * @example
 * const options: CheckOptions = { index, policy, now, actor, stateOf: (id) => states.get(id) }
 */
export type CheckOptions = {
  index: CustomerIndex
  /** The host's lookup: `deriveState(historyOf(id), policy, now)`, or undefined when unknown. */
  stateOf: (customerId: string) => ScreenedState | undefined
  policy: Policy
  now: string
  actor: Actor
  /** Explicit exclusivity scope; otherwise `scopeOf(policy, { actor, profile: candidate, kind })`. */
  scope?: string
  /** The kind of filing screened (a project-level filing is exclusive per project: 大天). */
  kind?: RegistrationKind
  find?: FindOptions
}

/**
 * The screening verdict shown by the registration form.
 *
 * @example
 * const { verdict, holder }: RegistrationVerdict = checkRegistration(candidate, options)
 */
export type RegistrationVerdict = {
  verdict: 'new' | 'yours' | 'blocked' | 'open' | 'review'
  matches: Match[]
  /** The id of the match the verdict is about (the best match, or the blocking one). */
  customerId?: string
  /** Who holds the customer (or has an earlier filing pending) and until when. */
  holder?: { claimant: string; protectedUntil: string | null; status: Status }
}

const PROTECTED: ReadonlySet<Status> = /* @__PURE__ */ new Set([
  'registered-protected',
  'cooperating-protected',
  'cooperating-warning',
])

function isProtected(facts: ScreenedScope, now: number): boolean {
  if (facts.flags?.locked && facts.owner) return true
  if (!PROTECTED.has(facts.status)) return false
  // A state derived at an earlier instant may be stale: the end, when known, decides.
  return facts.protectedUntil === null || Date.parse(facts.protectedUntil) > now
}

/** The facts of the filing's scope; a customer never filed in that scope is open there. */
function factsIn(state: ScreenedState, scope: string): ScreenedScope | null {
  if (state.scopes) return state.scopes[scope] ?? null
  return state.scope == null || state.scope === scope ? state : null
}

type Judgement = Omit<RegistrationVerdict, 'matches'>

function judge(match: Match, facts: ScreenedScope | null, actor: Actor, now: number): Judgement {
  const customerId = match.customerId
  if (!facts) return { verdict: 'open', customerId }
  const holder = facts.owner
    ? { claimant: facts.owner, protectedUntil: facts.protectedUntil, status: facts.status }
    : undefined
  // Only a live claim holds the customer: a lapsed or released former owner files again like anyone.
  const held = facts.owner !== null && isProtected(facts, now)
  if (held && facts.owner === actor.id) return { verdict: 'yours', customerId, ...(holder && { holder }) }
  if (held) return { verdict: 'blocked', customerId, ...(holder && { holder }) }
  // An earlier filing awaiting approval keeps its priority (SPEC §4).
  const earlier = facts.pending?.find((filing) => filing.claimant !== actor.id)
  if (earlier) {
    return {
      verdict: 'blocked',
      customerId,
      holder: { claimant: earlier.claimant, protectedUntil: null, status: facts.status },
    }
  }
  if (facts.pending?.some((filing) => filing.claimant === actor.id)) return { verdict: 'yours', customerId }
  return { verdict: 'open', customerId, ...(holder && { holder }) }
}

const RANK: Record<RegistrationVerdict['verdict'], number> = {
  blocked: 0,
  yours: 1,
  open: 2,
  review: 3,
  new: 4,
}

/**
 * Screens a filing before it is submitted (SPEC §5): `new` when nothing matches, `review` when
 * only uncertain matches do, otherwise the state of the strongly matching customers in the filing's
 * scope: `blocked` (protected by another claimant, or an earlier filing pending approval; `holder`
 * says who and until when), `yours` (the actor already holds it) or `open` (known but unprotected:
 * prospect, lapsed, released, in the pool). When several strong matches disagree, the strictest wins.
 * Throws a `RangeError` when `now` is not an ISO-8601 instant (rather than wrongly answer `open`).
 *
 * @example
 * const result = checkRegistration({ name: '思萨科技(深圳)有限公司' }, {
 *   index, policy: presets.dailyChemical, now: '2026-03-01T09:00:00+08:00', actor: { id: 'rep-2', roles: [] },
 *   stateOf: (id) => deriveState(histories.get(id) ?? [], presets.dailyChemical, '2026-03-01T09:00:00+08:00'),
 * })
 * // { verdict: 'blocked', customerId: 'c1', holder: { claimant: 'rep-1', protectedUntil: '2026-05-01T…', status: 'registered-protected' }, matches: [...] }
 */
export function checkRegistration(candidate: CustomerProfile, options: CheckOptions): RegistrationVerdict {
  const { index, stateOf, policy, actor } = options
  const now = Date.parse(options.now)
  if (Number.isNaN(now)) throw new RangeError(`now is not an ISO-8601 instant: ${String(options.now)}`)
  const matches = index.findDuplicates(candidate, options.find)
  const strong = matches.filter((match) => match.strength !== 'review')
  const best = matches[0]
  if (!best) return { verdict: 'new', matches }
  if (strong.length === 0) return { verdict: 'review', matches, customerId: best.customerId }
  const scope = options.scope ?? scopeOf(policy, { actor, profile: candidate, kind: options.kind })
  // A company-wide claim also covers every narrower scope, as `decide` checks it.
  const scopes = scope === 'company' ? [scope] : [scope, 'company']
  const judgements = strong.flatMap((match) => {
    const state = stateOf(match.customerId)
    return scopes.map((each) => judge(match, state ? factsIn(state, each) : null, actor, now))
  })
  const strictest = judgements.reduce((a, b) => (RANK[b.verdict] < RANK[a.verdict] ? b : a))
  return { ...strictest, matches }
}
