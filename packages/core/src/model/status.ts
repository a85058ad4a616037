/**
 * The six customer statuses of seed 000, in the seed's numbering order (index + 1 = ①..⑥).
 *
 * @example
 * STATUSES[5] // 'registered-protected' (⑥ 已登记未合作有客户保护)
 */
export const STATUSES = [
  'prospect',
  'registered-unprotected',
  'cooperating-protected',
  'cooperating-warning',
  'released',
  'registered-protected',
] as const

/**
 * One of the six statuses.
 *
 * @example
 * const s: Status = 'cooperating-warning'
 */
export type Status = (typeof STATUSES)[number]

/**
 * The seed's circled number of a status: ① prospect … ⑥ registered-protected.
 *
 * @example
 * const n: StatusNumber = 6
 */
export type StatusNumber = 1 | 2 | 3 | 4 | 5 | 6

/**
 * The seed's number (①..⑥) of a status.
 *
 * @example
 * statusNumber('prospect') // 1
 * statusNumber('registered-protected') // 6
 */
export function statusNumber(status: Status): StatusNumber {
  return (STATUSES.indexOf(status) + 1) as StatusNumber
}
