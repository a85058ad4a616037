/**
 * Every rejection code `decide` can return, each with the facts it carries.
 *
 * @example
 * REJECTION_CODES.includes('protected-by-other') // true
 */
export const REJECTION_CODES = [
  'invalid-input',
  'not-authorized',
  'protected-by-other',
  'already-owner',
  'already-pending',
  'pending-approval-by-other',
  'no-pending-filing',
  'missing-required-fields',
  'outside-submission-window',
  'lead-time-too-short',
  'daily-limit-reached',
  'quota-exceeded',
  'previous-owner-cooldown',
  'in-pool',
  'not-in-pool',
  'no-claim',
  'not-owner',
  'not-protected',
  'extension-limit-reached',
  'locked',
  'unknown-violation',
  'unknown-conflict',
  'customer-not-left',
  'invalid-state',
] as const

/**
 * A rejection code.
 *
 * @example
 * const code: RejectionCode = 'quota-exceeded'
 */
export type RejectionCode = (typeof REJECTION_CODES)[number]

/** The facts each code carries, so a host can explain the rejection. */
type Facts = {
  'invalid-input': { issues: { path: string; message: string }[] }
  'not-authorized': { requiredRoles: string[] }
  'protected-by-other': { owner: string; protectedUntil: string | null; scope: string }
  'already-owner': { protectedUntil: string | null }
  'already-pending': { submittedAt: string }
  'pending-approval-by-other': { claimant: string; submittedAt: string }
  'no-pending-filing': { claimant: string }
  'missing-required-fields': { fields: string[] }
  'outside-submission-window': { from: string; to: string }
  'lead-time-too-short': { visitAt: string; latestFilingAt: string }
  'daily-limit-reached': { limit: number }
  'quota-exceeded': { limit: number }
  'previous-owner-cooldown': { until: string }
  'in-pool': object
  'not-in-pool': object
  'no-claim': object
  'not-owner': { owner: string | null }
  'not-protected': { protectedUntil: string | null }
  'extension-limit-reached': { limit: number }
  locked: object
  'unknown-violation': { violation: string }
  'unknown-conflict': { conflictId: string }
  'customer-not-left': { conflictId: string; customerLeftAt: string | null }
  'invalid-state': object
}

/**
 * Why `decide` refused a command: a stable `code`, a short English `message` and the code's facts.
 * Narrow on `code` to read the facts.
 *
 * @example
 * if (rejection.code === 'protected-by-other') console.log(rejection.owner, rejection.protectedUntil)
 */
export type Rejection = { [C in RejectionCode]: { code: C; message: string } & Facts[C] }[RejectionCode]

/**
 * The facts of one code.
 *
 * @example
 * const facts: RejectionFacts<'quota-exceeded'> = { limit: 50 }
 */
export type RejectionFacts<C extends RejectionCode> = Facts[C]

/** Builds a rejection (internal helper). */
export function rejection<C extends RejectionCode>(code: C, message: string, facts: Facts[C]): Rejection {
  return { code, message, ...facts } as Rejection
}
