import * as z from 'zod/mini'
import { IdSchema } from './id'
import { minItems, wholeNumber } from './refinements'

/**
 * Kinds of conflict (撞单): two filings of one customer, two claimants meeting one customer, or a
 * dispute after a sale.
 *
 * @example
 * ConflictKindSchema.parse('collision')
 */
export const ConflictKindSchema = z.enum(['duplicate-filing', 'collision', 'post-sale'])

/**
 * A conflict kind.
 *
 * @example
 * const k: ConflictKind = 'duplicate-filing'
 */
export type ConflictKind = z.infer<typeof ConflictKindSchema>

const ShareSchema = z.object({
  claimant: IdSchema,
  percent: wholeNumber(0, 100),
})

/**
 * How a conflict is settled: award to one claimant, split (integer shares summing to 100),
 * invalidate every filing, send to the pool, or escalate to the next arbitrator role.
 *
 * @example
 * ResolutionSchema.parse({ kind: 'split', shares: [{ claimant: 'a', percent: 50 }, { claimant: 'b', percent: 50 }] })
 */
export const ResolutionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('award'), claimant: IdSchema }),
  z.object({
    kind: z.literal('split'),
    shares: z.array(ShareSchema).check(
      minItems(1),
      z.refine((shares) => shares.reduce((sum, s) => sum + s.percent, 0) === 100, {
        message: 'shares must sum to 100',
      }),
    ),
  }),
  z.object({ kind: z.literal('invalidate-all') }),
  z.object({ kind: z.literal('pool') }),
  z.object({ kind: z.literal('escalate'), to: IdSchema }),
])

/**
 * A conflict resolution.
 *
 * @example
 * const r: Resolution = { kind: 'award', claimant: 'rep-1' }
 */
export type Resolution = z.infer<typeof ResolutionSchema>
