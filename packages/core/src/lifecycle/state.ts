import type { ConflictKind, Resolution } from '../model/conflict'
import type { CustomerProfile } from '../model/profile'
import type { RegistrationKind } from '../model/registration-kind'

/** A deadline as recorded (ISO-8601 with the zone's offset); null = no end. */
export type Deadline = string | null

/**
 * One claim (归属): the period during which one claimant owns a customer in a scope.
 *
 * @example
 * state.scopes.company?.claim?.payments // 2
 */
export type Claim = {
  claimant: string
  startedAt: string
  /** How the claim started: a filing kind, a walk-in, a pool claim or an award. */
  origin: string
  profile: CustomerProfile | null
  approved: boolean
  /** Protection end by windows (filing, visits, deposits, extensions, payments). */
  until: Deadline
  expiringFrom: Deadline
  /** 源华: next follow-up due (a missed one releases or warns, per policy). */
  followUpDue: Deadline
  followUpWarnFrom: Deadline
  /** Start of ④ after the last payment. */
  warnFrom: Deadline
  payments: number
  lastPaymentAt: string | null
  lastVisitAt: string | null
  extensions: number
  locked: boolean
  released: { at: string; to: 'open' | 'pool'; reason: string } | null
  shares: { claimant: string; percent: number }[] | null
  /** The claim a provisional (pending) filing replaced, restored if the filing is rejected. */
  previous: Claim | null
}

/**
 * A filing awaiting approval.
 *
 * @example
 * state.scopes.company?.pending[0]?.claimant
 */
export type PendingFiling = {
  claimant: string
  submittedAt: string
  kind: RegistrationKind
  profile: CustomerProfile
}

/**
 * Everything known about one exclusivity scope of a customer.
 *
 * @example
 * Object.keys(state.scopes) // ['company', 'project:Line 3']
 */
export type ScopeFacts = { claim: Claim | null; pending: PendingFiling[] }

/**
 * A conflict (撞单) as recorded.
 *
 * @example
 * state.conflicts.filter((c) => c.status !== 'resolved')
 */
export type ConflictFacts = {
  id: string
  kind: ConflictKind
  claimants: string[]
  openedAt: string
  scope: string
  status: 'open' | 'resolved' | 'escalated'
  escalatedTo: string | null
  resolution: Resolution | null
  /** When the customer left, once an arbitrator recorded it (`settleAfterCustomerLeaves`). */
  customerLeftAt: string | null
}

/**
 * The fold of a history (`replay`): facts, independent of `now`. `deriveState` reads it at an instant.
 *
 * @example
 * const state: LifecycleState = replay(history)
 */
export type LifecycleState = {
  customerId: string | null
  /** Number of events folded (the stream version for optimistic concurrency). */
  version: number
  scopes: Record<string, ScopeFacts>
  /** Scope of the most recent filing. */
  latestScope: string | null
  profile: CustomerProfile | null
  conflicts: ConflictFacts[]
  violations: { claimant: string; violation: string; nth: number; at: string }[]
}

/**
 * The state of a customer with no history.
 *
 * @example
 * evolve(initialState(), event)
 */
export function initialState(): LifecycleState {
  return {
    customerId: null,
    version: 0,
    scopes: {},
    latestScope: null,
    profile: null,
    conflicts: [],
    violations: [],
  }
}
