/**
 * The sales channels named by seed 000 (日化). A host may use any other string as a channel.
 *
 * @example
 * CHANNELS.includes('e-commerce') // true
 */
export const CHANNELS = [
  'cs-agent',
  'supermarket-agent',
  'group-buy',
  'closed-channel',
  'e-commerce',
  'otc-pharmacy',
  'convenience-store',
] as const

/**
 * One of the seed's named channels.
 *
 * @example
 * const c: Channel = 'group-buy'
 */
export type Channel = (typeof CHANNELS)[number]
