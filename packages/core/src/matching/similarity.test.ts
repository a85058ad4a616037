import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { brandSimilarity, deletions, editDistance } from './similarity'

describe('brandSimilarity', () => {
  it('finds one-edit spellings of longer brands and containment of short ones', () => {
    expect(brandSimilarity('雅丽洁', '雅丽杰')).toBeCloseTo(2 / 3)
    expect(brandSimilarity('思萨', '思萨尔')).toBeCloseTo(2 / 3)
    expect(brandSimilarity('思萨', '思萨')).toBe(1)
  })

  it('keeps different short brands and distant spellings apart', () => {
    expect(brandSimilarity('思萨', '思远')).toBe(0)
    expect(brandSimilarity('雅丽洁', '美丽华')).toBe(0)
    expect(brandSimilarity('思萨', '新思萨尔')).toBe(0)
    expect(brandSimilarity('萨', '思萨')).toBe(0)
  })
})

describe('deletions', () => {
  it('lists single-character deletions of brands of three characters or more', () => {
    expect(deletions('雅丽洁')).toEqual(['丽洁', '雅洁', '雅丽'])
    expect(deletions('思萨')).toEqual([])
  })

  it('lets two brands one edit apart meet on a shared key', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 3, maxLength: 6 }),
        fc.string({ minLength: 3, maxLength: 6 }),
        (a, b) => {
          if (editDistance(a, b, 1) !== 1) return
          const keysA = new Set([a, ...deletions(a)])
          expect([b, ...deletions(b)].some((key) => keysA.has(key))).toBe(true)
        },
      ),
    )
    expect(editDistance('kitten', 'sitting', 5)).toBe(3)
    expect(editDistance('kitten', 'sitting', 1)).toBe(2)
  })
})
