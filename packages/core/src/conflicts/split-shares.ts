/**
 * One claimant's integer share of a split, in percent.
 *
 * @example
 * const share: Share = { claimant: 'rep-1', percent: 50 }
 */
export type Share = { claimant: string; percent: number }

/**
 * Integer shares summing to 100 for the claimants, in order: the policy's `splitShares` when it has
 * one entry per claimant (e.g. [50, 50], or [60, 40] in favour of the better-ranked), otherwise an
 * equal split whose remainder goes to the first claimants (3 → 34/33/33).
 *
 * @example
 * splitShares(['a', 'b'], [50, 50]) // [{ claimant: 'a', percent: 50 }, { claimant: 'b', percent: 50 }]
 * splitShares(['a', 'b', 'c'])      // 34, 33, 33
 */
export function splitShares(claimants: readonly string[], base: readonly number[] = []): Share[] {
  const n = claimants.length
  if (n === 0) return []
  const fits =
    base.length === n &&
    base.every((percent) => Number.isInteger(percent) && percent >= 0) &&
    base.reduce((sum, percent) => sum + percent, 0) === 100
  const even = Math.floor(100 / n)
  const remainder = 100 - even * n
  return claimants.map((claimant, i) => ({
    claimant,
    percent: fits ? (base[i] as number) : even + (i < remainder ? 1 : 0),
  }))
}
