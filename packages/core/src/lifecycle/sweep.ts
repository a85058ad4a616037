import type { Policy } from '../policy/schema'
import { isBefore } from '../time/compare'
import { addDuration, type Duration, formatInstant } from '../time/index'
import type { Event } from './events'
import { applyEvent } from './fold'
import { type Claim, initialState } from './state'
import { protectionOf } from './view'

/**
 * One customer's stream for `sweep`.
 *
 * @example
 * const stream: SweepStream = { customerId: 'c1', history }
 */
export type SweepStream = { customerId: string; history: Iterable<Event> }

/**
 * Options of `sweep`.
 *
 * @example
 * const options: SweepOptions = { horizon: { days: 7 }, actor: 'nightly-sweep' }
 */
export type SweepOptions = {
  /** How far ahead to list warnings and releases (default: none, only what is due now). */
  horizon?: Duration
  /** Actor id recorded on the `released` events (default `'system'`). */
  actor?: string
}

/**
 * A warning or release falling due for one customer's claim.
 *
 * @example
 * const due: DueItem = { customerId: 'c1', scope: 'company', owner: 'li', at: '2026-04-30T10:00:00.000+08:00', kind: 'release', reason: 'window-lapsed', to: 'open' }
 */
export type DueItem = {
  customerId: string
  scope: string
  owner: string
  at: string
  kind: 'expiring-soon' | 'cooperating-warning' | 'follow-up-due' | 'release'
  reason: string
  to?: 'open' | 'pool'
}

/**
 * What `sweep` found.
 *
 * @example
 * const { warnings, releases, events } = sweep(streams, policy, now, { horizon: { days: 7 } })
 */
export type SweepResult = {
  /** Warnings starting in `[now, now + horizon)`. */
  warnings: DueItem[]
  /** Releases falling due after `now` and before `now + horizon`. */
  releases: DueItem[]
  /** `released` events for protections already over at `now`, to append to each history. */
  events: Event[]
}

// Bounds as canonical instants in the policy zone, so checks are string comparisons.
type Window = { now: string; until: string }

const inWindow = (at: string | null, w: Window): at is string =>
  at !== null && !isBefore(at, w.now) && isBefore(at, w.until)

function warn(claim: Claim, scope: string, customerId: string, w: Window, out: DueItem[]): void {
  const owner = claim.claimant
  if (inWindow(claim.warnFrom, w)) {
    out.push({
      customerId,
      scope,
      owner,
      at: claim.warnFrom,
      kind: 'cooperating-warning',
      reason: 'no-payment',
    })
  }
  if (inWindow(claim.expiringFrom, w)) {
    out.push({
      customerId,
      scope,
      owner,
      at: claim.expiringFrom,
      kind: 'expiring-soon',
      reason: 'window-ending',
    })
  }
}

function sweepClaim(
  position: number,
  scope: string,
  claim: Claim,
  customerId: string,
  policy: Policy,
  w: Window,
  actor: string,
  result: SweepResult,
): void {
  const p = protectionOf(claim, policy, w.now)
  const to = policy.release.to
  const owner = claim.claimant
  if (!p.protected) {
    if (p.end === null) return
    const reason = p.reason === 'follow-up-missed' ? 'follow-up-missed' : 'lapsed'
    const id = `${customerId}:${position}`
    result.events.push({
      type: 'released',
      id,
      customerId,
      at: p.end,
      actor,
      scope,
      claimant: owner,
      to,
      reason,
    })
    return
  }
  warn(claim, scope, customerId, w, result.warnings)
  const followUpDue = claim.followUpDue
  if (policy.renewals.followUp?.onMissed === 'warn' && claim.payments === 0 && inWindow(followUpDue, w)) {
    result.warnings.push({
      customerId,
      scope,
      owner,
      at: followUpDue,
      kind: 'follow-up-due',
      reason: 'follow-up',
    })
  }
  if (inWindow(p.end, w)) {
    result.releases.push({ customerId, scope, owner, at: p.end, kind: 'release', reason: p.reason, to })
  }
}

/**
 * The nightly batch: for many customers, the warnings and releases falling due in
 * `[now, now + horizon)`, and the `released` events an automatic release must append for
 * protections already over. Locked claims, released claims and pool customers are skipped.
 *
 * Fast path: histories are trusted (no zod parsing in the loop) — validate stored histories at
 * the boundary with `parseHistory` when they come from an untrusted source. Streams are read one
 * at a time, so a generator over a database cursor keeps memory flat.
 *
 * @example
 * const { events } = sweep(db.streams(), presets.toolMaker, '2026-07-01T02:00:00+08:00', { horizon: { days: 7 } })
 * for (const e of events) await db.append(e.customerId, [e])
 */
export function sweep(
  streams: Iterable<SweepStream>,
  policy: Policy,
  now: string,
  options: SweepOptions = {},
): SweepResult {
  const nowMs = Date.parse(now)
  if (Number.isNaN(nowMs)) throw new RangeError(`now is not an ISO-8601 instant: ${String(now)}`)
  const zone = policy.timeZone
  const until = options.horizon ? addDuration(nowMs, options.horizon, zone) : nowMs
  const w: Window = { now: formatInstant(nowMs, zone), until: formatInstant(until, zone) }
  const actor = options.actor ?? 'system'
  const result: SweepResult = { warnings: [], releases: [], events: [] }
  for (const { customerId, history } of streams) {
    const state = initialState()
    for (const event of history) applyEvent(state, event)
    // A customer's new events are numbered after its history.
    const first = result.events.length - state.version
    for (const scope in state.scopes) {
      const claim = state.scopes[scope]?.claim
      if (!claim || claim.released || claim.locked) continue
      sweepClaim(result.events.length - first, scope, claim, customerId, policy, w, actor, result)
    }
  }
  return result
}
