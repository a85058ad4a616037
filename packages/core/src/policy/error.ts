/**
 * One problem in a policy: the dotted path of the offending option and what is wrong with it.
 *
 * @example
 * const issue: PolicyIssue = { path: 'registration.window.duration.months', message: 'expected int' }
 */
export type PolicyIssue = { path: string; message: string }

/**
 * Thrown by `definePolicy` for an invalid policy; its message names every offending path.
 *
 * @example
 * try {
 *   definePolicy({ timeZone: 'Mars/Olympus' })
 * } catch (error) {
 *   if (error instanceof PolicyError) console.log(error.issues[0]?.path) // 'timeZone'
 * }
 */
export class PolicyError extends Error {
  readonly issues: PolicyIssue[]

  constructor(issues: PolicyIssue[]) {
    super(
      `Invalid policy: ${issues.map((issue) => `${issue.path || '(root)'}: ${issue.message}`).join('; ')}`,
    )
    this.name = 'PolicyError'
    this.issues = issues
  }
}
