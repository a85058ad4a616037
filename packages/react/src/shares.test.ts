import { describe, expect, it } from 'vitest'
import { adjustShares, initialShares } from './shares'

const sum = (shares: number[]) => shares.reduce((a, b) => a + b, 0)

describe('initialShares', () => {
  it('uses the policy shares when they fit the claimants', () => {
    expect(initialShares(2, [60, 40])).toEqual([60, 40])
  })
  it('splits evenly with the remainder last when they do not', () => {
    expect(initialShares(3, [50, 50])).toEqual([33, 33, 34])
    expect(initialShares(2, [70, 20])).toEqual([50, 50])
  })
})

describe('adjustShares', () => {
  it('with two claimants, editing either share sets the other', () => {
    expect(adjustShares([50, 50], 0, 70)).toEqual([70, 30])
    expect(adjustShares([50, 50], 1, 15)).toEqual([85, 15])
  })
  it('clamps to whole percentages between 0 and 100', () => {
    expect(adjustShares([50, 50], 0, 140)).toEqual([100, 0])
    expect(adjustShares([50, 50], 0, -5)).toEqual([0, 100])
    expect(adjustShares([50, 50], 0, 33.6)).toEqual([34, 66])
    expect(adjustShares([50, 50], 0, Number.NaN)).toEqual([0, 100])
  })
  it('with more claimants, the last share is the remainder and others are capped', () => {
    expect(adjustShares([30, 30, 40], 0, 50)).toEqual([50, 30, 20])
    expect(adjustShares([30, 30, 40], 1, 90)).toEqual([30, 70, 0])
    expect(adjustShares([30, 30, 40], 2, 90)).toEqual([30, 30, 40])
  })
  it('always sums to 100 whatever is typed', () => {
    for (const count of [2, 3, 4, 5]) {
      let shares = initialShares(count)
      for (let step = 0; step < 50; step++) {
        shares = adjustShares(shares, (step * 7) % count, (step * 37) % 130)
        expect(sum(shares)).toBe(100)
        expect(shares.every((share) => Number.isInteger(share) && share >= 0)).toBe(true)
      }
    }
  })
})
