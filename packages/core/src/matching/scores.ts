/**
 * Why a customer matches a candidate.
 *
 * @example
 * const reason: MatchReason = 'relative' // through a spouse's, parent's or sibling's phone
 */
export type MatchReason = 'uscc' | 'name' | 'phone' | 'address' | 'relative'

/**
 * Evidence weights, 0..1. Several reasons combine as independent evidence (1 − Π(1 − wᵢ)), so a
 * name and a phone together (0.99) outrank either alone (0.9).
 *
 * @example
 * WEIGHTS.phone // 0.9
 */
export const WEIGHTS = {
  /** Same unified social credit code: certain. */
  uscc: 1,
  /** Same name key (brand + trade) in the same or an unknown place. */
  name: 0.9,
  /** Same phone (any of phone/phones), by E.164. */
  phone: 0.9,
  /** A phone shared through a linked person (spouse, parent, sibling, relative on one property). */
  relative: 0.85,
  /** Same brand and trade but filed in different places: maybe a branch, maybe a namesake. */
  nameElsewhere: 0.7,
  /** Same brand, one side without a trade (深圳 思萨 vs 深圳市思萨科技有限公司). */
  brand: 0.7,
  /** Similar brand spelling in the same place and trade: 0.5 + 0.3 × similarity (0.6–0.8). */
  similarBase: 0.5,
  similarSpan: 0.3,
  /** Same personal name only: many people share one. */
  person: 0.4,
  /** Same street address. */
  address: 0.4,
} as const

/**
 * Score at or above which a match is strong enough to act on (block, or call it yours).
 *
 * @example
 * matches.filter((m) => m.score >= STRONG)
 */
export const STRONG = 0.85

/**
 * Default minimum score of a reported match.
 *
 * @example
 * index.findDuplicates(candidate, { threshold: DEFAULT_THRESHOLD })
 */
export const DEFAULT_THRESHOLD = 0.5

/** Both codes valid and different: two legal entities (a branch has its own code). */
export const DIFFERENT_USCC_FACTOR = 0.5
