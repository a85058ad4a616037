import * as z from 'zod/mini'

// Refinements rather than zod's `z.int()`, `z.gte()`, `z.lte()`, `z.gt()` and `z.minLength()`: each
// of those pulls its own schema or check class into the bundle (~0.8 kB gzipped together) for a
// single comparison. A refinement carries its own message.

/**
 * A whole number in `[min, max]` (internal).
 *
 * @example
 * wholeNumber(0, 100).safeParse(50).success // true
 * wholeNumber(1).safeParse(0.5).success // false
 */
export function wholeNumber(min = 0, max = Number.MAX_SAFE_INTEGER) {
  const range = max === Number.MAX_SAFE_INTEGER ? `≥ ${min}` : `from ${min} to ${max}`
  const within = (n: number) => Number.isSafeInteger(n) && n >= min && n <= max
  return z.number().check(z.refine(within, `must be a whole number ${range}`))
}

/**
 * A number above zero, e.g. an amount paid (internal).
 *
 * @example
 * positiveNumber().safeParse(0).success // false
 */
export const positiveNumber = () => z.number().check(z.refine((n) => n > 0, 'must be > 0'))

/**
 * A number of zero or more, e.g. a fine (internal).
 *
 * @example
 * nonNegativeNumber().safeParse(-1).success // false
 */
export const nonNegativeNumber = () => z.number().check(z.refine((n) => n >= 0, 'must be ≥ 0'))

/**
 * A check that an array has at least `min` items (internal).
 *
 * @example
 * z.array(z.string()).check(minItems(2)).safeParse(['a']).success // false
 */
export const minItems = (min: number) =>
  z.refine<{ length: number }>((items) => items.length >= min, `must have at least ${min} items`)
