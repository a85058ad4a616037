import type { RegistrationKind } from '../model/registration-kind'
import type { Policy } from '../policy/schema'
import { sameLocalDay, toEpoch } from '../time/index'
import type { Ledger } from './commands'
import type { Event } from './events'
import type { SweepStream } from './sweep'
import { deriveState } from './view'

/**
 * Options of `ledgerFor`.
 *
 * @example
 * const options: LedgerOptions = { kind: 'on-site' }
 */
export type LedgerOptions = {
  /** Count only filings of this kind in `filedToday` (when the policy limits filings per kind). */
  kind?: RegistrationKind
}

const isStream = (value: Iterable<Event> | SweepStream): value is SweepStream =>
  'history' in value && 'customerId' in value

function holdsActive(claimant: string, history: Iterable<Event>, policy: Policy, now: string): boolean {
  const { scopes } = deriveState(history, policy, now)
  for (const key in scopes) {
    const { owner, status } = scopes[key] as (typeof scopes)[string]
    if (owner !== claimant) continue
    if (status === 'registered-protected') return true
    // Paying customers count only when the policy says so (limits.cooperatingCountsAsActive).
    const cooperating = status === 'cooperating-protected' || status === 'cooperating-warning'
    if (cooperating && policy.limits.cooperatingCountsAsActive) return true
  }
  return false
}

/**
 * The claimant-wide `Ledger` that `decide` expects, computed from the histories of the customers
 * the host has (all of them, or at least every customer the claimant filed, claimed or held):
 * customers the claimant holds protected at `now` (cooperating ones only when the policy's
 * `limits.cooperatingCountsAsActive`), their filings and pool claims on `now`'s local day in the
 * policy's zone, and their violations by kind. Pure: histories are trusted (validate stored ones
 * with `parseHistory`); throws a `RangeError` for an invalid `now`.
 *
 * @example
 * const ledger = ledgerFor('rep-1', db.streams(), presets.dailyChemical, now)
 * decide(command, { history, policy: presets.dailyChemical, now, actor, ledger })
 *
 * // 正盛: the 30-a-day limit counts on-site filings only.
 * ledgerFor('dist-a', histories, presets.distributorRealty, now, { kind: 'on-site' }).filedToday
 */
export function ledgerFor(
  claimant: string,
  histories: Iterable<Iterable<Event> | SweepStream>,
  policy: Policy,
  now: string,
  options: LedgerOptions = {},
): Ledger {
  const nowMs = toEpoch(now)
  if (Number.isNaN(nowMs)) throw new RangeError(`now is not an ISO-8601 instant: ${String(now)}`)
  const zone = policy.timeZone
  const today = (e: Event) => sameLocalDay(toEpoch(e.at), nowMs, zone)
  let activeProtected = 0
  let filedToday = 0
  let poolClaimsToday = 0
  const violations: Record<string, number> = {}
  for (const item of histories) {
    const history = isStream(item) ? [...item.history] : [...item]
    if (holdsActive(claimant, history, policy, now)) activeProtected += 1
    for (const e of history) {
      if (!('claimant' in e) || e.claimant !== claimant) continue
      if (e.type === 'registered' || e.type === 'registration-submitted') {
        if ((options.kind === undefined || e.kind === options.kind) && today(e)) filedToday += 1
      } else if (e.type === 'claimed') {
        if (today(e)) poolClaimsToday += 1
      } else if (e.type === 'violation-recorded') {
        violations[e.violation] = (violations[e.violation] ?? 0) + 1
      }
    }
  }
  return { activeProtected, filedToday, poolClaimsToday, violations }
}
