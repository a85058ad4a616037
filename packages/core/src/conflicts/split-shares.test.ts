import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { splitShares } from './split-shares'

describe('splitShares', () => {
  it('uses the policy shares when there is one per claimant', () => {
    expect(splitShares(['a', 'b'], [50, 50])).toEqual([
      { claimant: 'a', percent: 50 },
      { claimant: 'b', percent: 50 },
    ])
    expect(splitShares(['a', 'b'], [60, 40]).map((s) => s.percent)).toEqual([60, 40])
  })

  it('splits evenly otherwise, the remainder to the first claimants', () => {
    expect(splitShares(['a', 'b', 'c'], [50, 50]).map((s) => s.percent)).toEqual([34, 33, 33])
    expect(splitShares(['a', 'b', 'c', 'd', 'e', 'f']).map((s) => s.percent)).toEqual([
      17, 17, 17, 17, 16, 16,
    ])
    expect(splitShares([])).toEqual([])
  })

  it('always gives integer shares summing to 100, one per claimant', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ minLength: 1 }), { minLength: 1, maxLength: 12 }),
        fc.array(fc.integer({ min: -10, max: 110 }), { maxLength: 4 }),
        (claimants, base) => {
          const shares = splitShares(claimants, base)
          expect(shares.map((s) => s.claimant)).toEqual(claimants)
          expect(shares.every((s) => Number.isInteger(s.percent) && s.percent >= 0)).toBe(true)
          expect(shares.reduce((sum, s) => sum + s.percent, 0)).toBe(100)
        },
      ),
    )
  })
})
