import type { ConflictKind } from '../model/conflict'
import type { CustomerProfile } from '../model/profile'
import { type Status, type StatusNumber, statusNumber } from '../model/status'
import type { Policy } from '../policy/schema'
import { canonicalInstant, isBefore } from '../time/compare'
import type { Event } from './events'
import { applyEvent } from './fold'
import { type Claim, type Deadline, initialState, type LifecycleState, type ScopeFacts } from './state'

/**
 * What a scope looks like at an instant.
 *
 * @example
 * const view: ScopeState = deriveState(history, policy, now).scopes.company
 */
export type ScopeState = {
  status: Status
  statusNumber: StatusNumber
  /** Claimant of the live claim; null when prospect or in the pool. */
  owner: string | null
  /** End of protection; null when not protected, or when protected without end (locked, permanent walk-in). */
  protectedUntil: string | null
  /** When ④ starts (cooperating), or when the expiring-soon lead starts. */
  warningFrom: string | null
  nextChange: { at: string; status: Status; reason: string } | null
  flags: { pendingApproval: boolean; locked: boolean; expiringSoon: boolean; inPool: boolean }
  claim: {
    claimant: string
    startedAt: string
    scope: string
    origin: string
    payments: number
    lastPaymentAt: string | null
    lastVisitAt: string | null
    extensions: number
    shares: { claimant: string; percent: number }[] | null
  } | null
  pending: { claimant: string; submittedAt: string }[]
}

/**
 * A customer at an instant (SPEC §5): the top-level fields describe the `'company'` scope when the
 * policy is company-wide, otherwise the scope of the most recent filing; `scopes` has every scope.
 *
 * @example
 * const { status, owner, protectedUntil } = deriveState(history, policy, now)
 */
export type CustomerState = Omit<ScopeState, 'flags'> & {
  customerId: string | null
  /** The key of the scope the top-level fields describe. */
  scope: string | null
  flags: ScopeState['flags'] & { inConflict: boolean }
  profile: CustomerProfile | null
  conflicts: {
    id: string
    kind: ConflictKind
    claimants: string[]
    openedAt: string
    status: 'open' | 'resolved' | 'escalated'
  }[]
  scopes: Record<string, ScopeState>
  /** Number of events in the history (its stream version). */
  version: number
}

/**
 * Whether a status is one of the protected ones (⑥, ③, ④).
 *
 * @example
 * isProtectedStatus('cooperating-warning') // true
 */
export function isProtectedStatus(status: Status): boolean {
  return (
    status === 'registered-protected' ||
    status === 'cooperating-protected' ||
    status === 'cooperating-warning'
  )
}

/** The protection of a claim at an instant (internal, shared with `decide` and `sweep`). */
export type Protection = {
  protected: boolean
  /** Effective end (follow-up due when it comes first and releases). */
  end: Deadline
  expiringFrom: Deadline
  reason: string
}

/** The effective end of a claim's protection under a policy. */
export function protectionOf(claim: Claim, policy: Policy, now: string): Protection {
  let end = claim.until
  let expiringFrom = claim.expiringFrom
  let reason = claim.payments > 0 ? 'no-payment' : 'window-lapsed'
  const followUp = policy.renewals.followUp
  if (
    claim.payments === 0 &&
    followUp?.onMissed === 'release' &&
    claim.followUpDue !== null &&
    isBefore(claim.followUpDue, end)
  ) {
    end = claim.followUpDue
    expiringFrom = claim.followUpWarnFrom ?? claim.followUpDue
    reason = 'follow-up-missed'
  }
  const isProtected = claim.released === null && (claim.locked || isBefore(now, end))
  return { protected: isProtected, end, expiringFrom, reason }
}

function claimView(claim: Claim, scope: string): ScopeState['claim'] {
  return {
    claimant: claim.claimant,
    startedAt: claim.startedAt,
    scope,
    origin: claim.origin,
    payments: claim.payments,
    lastPaymentAt: claim.lastPaymentAt,
    lastVisitAt: claim.lastVisitAt,
    extensions: claim.extensions,
    shares: claim.shares,
  }
}

function statusAt(claim: Claim, p: Protection, now: string): Status {
  if (claim.payments > 0) {
    if (!p.protected) return 'released'
    return claim.warnFrom !== null && !isBefore(now, claim.warnFrom)
      ? 'cooperating-warning'
      : 'cooperating-protected'
  }
  return p.protected ? 'registered-protected' : 'registered-unprotected'
}

function nextChangeOf(claim: Claim, p: Protection, status: Status, policy: Policy): ScopeState['nextChange'] {
  if (!p.protected || claim.locked || p.end === null) return null
  if (status === 'cooperating-protected' && claim.warnFrom !== null && isBefore(claim.warnFrom, p.end)) {
    return { at: claim.warnFrom, status: 'cooperating-warning', reason: 'payment-overdue' }
  }
  const to: Status = claim.payments > 0 ? 'released' : 'registered-unprotected'
  return { at: p.end, status: to, reason: policy.release.to === 'pool' ? `${p.reason}:pool` : p.reason }
}

/** Reads one scope's facts at an instant (internal). */
export function viewScope(facts: ScopeFacts, scope: string, policy: Policy, now: string): ScopeState {
  const pending = facts.pending.map((p) => ({ claimant: p.claimant, submittedAt: p.submittedAt }))
  const claim = facts.claim
  const pendingApproval = pending.length > 0 || (claim !== null && !claim.approved)
  if (!claim) {
    return {
      status: 'prospect',
      statusNumber: 1,
      owner: null,
      protectedUntil: null,
      warningFrom: null,
      nextChange: null,
      flags: { pendingApproval, locked: false, expiringSoon: false, inPool: false },
      claim: null,
      pending,
    }
  }
  const p = protectionOf(claim, policy, now)
  const status = statusAt(claim, p, now)
  const inPool =
    !p.protected && (claim.released ? claim.released.to === 'pool' : policy.release.to === 'pool')
  const indefinite = claim.locked || p.end === null
  const expiringSoon = p.protected && !indefinite && p.expiringFrom !== null && !isBefore(now, p.expiringFrom)
  return {
    status,
    statusNumber: statusNumber(status),
    owner: inPool ? null : claim.claimant,
    protectedUntil: p.protected && !indefinite ? p.end : null,
    warningFrom: p.protected ? (claim.warnFrom ?? p.expiringFrom) : null,
    nextChange: nextChangeOf(claim, p, status, policy),
    flags: { pendingApproval, locked: claim.locked, expiringSoon, inPool },
    claim: claimView(claim, scope),
    pending,
  }
}

function topScope(state: LifecycleState, policy: Policy): string | null {
  if (policy.scope === 'company' && state.scopes.company?.claim) return 'company'
  return state.latestScope ?? (state.scopes.company ? 'company' : null)
}

/**
 * Reads a folded state at an instant (for hosts that keep `replay` results and read them often).
 *
 * @example
 * const state = replay(history)
 * viewState(state, policy, '2026-05-01T00:00:00+08:00').status
 */
export function viewState(state: LifecycleState, policy: Policy, now: string): CustomerState {
  if (typeof now !== 'string' || Number.isNaN(Date.parse(now))) {
    throw new RangeError(`now is not an ISO-8601 instant: ${String(now)}`)
  }
  const at = canonicalInstant(now)
  const scopes: Record<string, ScopeState> = {}
  for (const key in state.scopes) scopes[key] = viewScope(state.scopes[key] as ScopeFacts, key, policy, at)
  const scope = topScope(state, policy)
  const top = scope
    ? (scopes[scope] as ScopeState)
    : viewScope({ claim: null, pending: [] }, 'company', policy, at)
  const conflicts = state.conflicts.map(({ id, kind, claimants, openedAt, status }) => ({
    id,
    kind,
    claimants,
    openedAt,
    status,
  }))
  const { flags } = top
  // Built field by field: object spread is several times slower on this hot path.
  return {
    customerId: state.customerId,
    scope,
    status: top.status,
    statusNumber: top.statusNumber,
    owner: top.owner,
    protectedUntil: top.protectedUntil,
    warningFrom: top.warningFrom,
    nextChange: top.nextChange,
    flags: {
      pendingApproval: flags.pendingApproval,
      locked: flags.locked,
      expiringSoon: flags.expiringSoon,
      inPool: flags.inPool,
      inConflict: conflicts.some((c) => c.status !== 'resolved'),
    },
    profile: state.profile,
    claim: top.claim,
    pending: top.pending,
    conflicts,
    scopes,
    version: state.version,
  }
}

/**
 * The state of a customer at `now`: status ①–⑥, owner, protection end, warnings, the next change,
 * flags, the live claim, pending filings, conflicts and every scope. Pure and total for valid
 * histories (validate stored histories with `parseHistory`); throws a `RangeError` for an invalid `now`.
 * Every event of the history is folded: to look at the past, pass the history up to that instant.
 *
 * @example
 * const state = deriveState(history, presets.dailyChemical, '2026-04-30T10:00:00+08:00')
 * state.status // 'registered-unprotected'
 * state.statusNumber // 2
 */
export function deriveState(history: Iterable<Event>, policy: Policy, now: string): CustomerState {
  const state = initialState()
  for (const event of history) applyEvent(state, event)
  return viewState(state, policy, now)
}
