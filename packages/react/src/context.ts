import { createContext, useContext } from 'react'
import type { Actor, Policy } from './core'
import type { Formatters } from './format'
import type { Locale, Messages } from './messages'

/** What `BaobeiProvider` gives every component and hook below it. */
export type BaobeiContextValue = {
  policy: Policy
  locale: Locale
  /** The instant the screen describes (ISO-8601 with offset); the kit never reads the clock itself. */
  now: string
  messages: Messages
  format: Formatters
  theme: 'light' | 'dark' | undefined
  /** Who is using the screen (for "yours" verdicts); optional. */
  actor: Actor | undefined
}

export const BaobeiContext = createContext<BaobeiContextValue | null>(null)

/**
 * The provider's policy, locale, `now`, messages and formatters.
 * @example
 * const { messages, format } = useBaobei()
 * return <span>{messages.flags.locked} · {format.dateTime(now)}</span>
 */
export function useBaobei(): BaobeiContextValue {
  const value = useContext(BaobeiContext)
  if (!value) throw new Error('useBaobei: wrap your components in <BaobeiProvider>')
  return value
}
