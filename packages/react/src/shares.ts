// Split shares (分成) are whole percentages that always sum to 100: with two claimants editing one
// share sets the other; with more, the last claimant's share is the remainder.

const clampPercent = (value: number, max = 100) =>
  Math.min(max, Math.max(0, Number.isFinite(value) ? Math.round(value) : 0))

/**
 * Starting shares for `count` claimants: the policy's `splitShares` when it fits, else an even split
 * with the rounding remainder on the last claimant.
 * @example
 * initialShares(2, [50, 50]) // [50, 50]
 * initialShares(3, [50, 50]) // [33, 33, 34]
 */
export function initialShares(count: number, preferred: readonly number[] = []): number[] {
  if (count <= 0) return []
  const fits = preferred.length === count && preferred.reduce((sum, share) => sum + share, 0) === 100
  if (fits) return preferred.map((share) => clampPercent(share))
  const even = Math.floor(100 / count)
  return Array.from({ length: count }, (_, i) => (i === count - 1 ? 100 - even * (count - 1) : even))
}

/**
 * Sets share `index` to `value` and rebalances so the shares still sum to 100.
 * @example
 * adjustShares([50, 50], 0, 70) // [70, 30]
 * adjustShares([30, 30, 40], 1, 90) // [30, 70, 0] (capped: the others keep theirs)
 */
export function adjustShares(shares: readonly number[], index: number, value: number): number[] {
  const count = shares.length
  if (count === 0 || index < 0 || index >= count) return [...shares]
  if (count === 1) return [100]
  if (count === 2) {
    const set = clampPercent(value)
    return index === 0 ? [set, 100 - set] : [100 - set, set]
  }
  const last = count - 1
  const next = shares.map((share) => clampPercent(share))
  if (index !== last) {
    const othersBeforeLast = next
      .slice(0, last)
      .reduce((sum, share, i) => (i === index ? sum : sum + share), 0)
    next[index] = clampPercent(value, 100 - Math.min(100, othersBeforeLast))
  }
  const assigned = next.slice(0, last).reduce((sum, share) => sum + share, 0)
  next[last] = Math.max(0, 100 - assigned)
  return next
}
