import type { ConflictKind, CustomerProfile } from '../model/index'

/**
 * One claimant's side of a conflict: the evidence the resolution criteria read.
 *
 * @example
 * const claim: ConflictClaim = conflictCaseFrom(history, 'k1', policy).claims[0]
 */
export type ConflictClaim = {
  claimant: string
  /** When the claimant's filing was made (submitted); null when they never filed. */
  registeredAt: string | null
  /** A filing made before the conflict, neither rejected nor lapsed. */
  valid: boolean
  /** Share of the policy's required fields the filing filled, 0..1. */
  completeness: number
  tracking: CustomerProfile['tracking']
  /** Whether the visit came from an appointment the claimant made. */
  appointment: boolean
  /** Instants of the claimant's visits up to the conflict. */
  visits: string[]
}

/**
 * A conflict (撞单) with each claimant's evidence, ready for {@link suggestResolution}.
 * `escalatedTo` is the arbitrator role it was last escalated to (null: the first arbitrator decides).
 *
 * @example
 * const conflict: ConflictCase = {
 *   id: 'k1', kind: 'collision', customerId: 'c1',
 *   claims: [{ claimant: 'rep-1', registeredAt: '2026-03-01T09:00:00+08:00', valid: true, completeness: 1,
 *              tracking: {}, appointment: true, visits: ['2026-03-02T10:00:00+08:00'] }],
 * }
 */
export type ConflictCase = {
  id: string
  kind: ConflictKind
  customerId: string
  /** Both claimants worked together to close (协助成单): split. */
  jointClose?: boolean
  /** The claimants quarrelled in front of the customer (当客户面争吵). */
  quarrel?: boolean
  escalatedTo?: string | null
  claims: ConflictClaim[]
}
