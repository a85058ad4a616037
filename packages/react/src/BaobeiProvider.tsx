import { type ReactNode, useMemo } from 'react'
import { BaobeiContext, type BaobeiContextValue } from './context'
import type { Actor, Policy } from './core'
import { cx } from './cx'
import { createFormatters } from './format'
import { type Locale, type MessageOverrides, resolveMessages } from './messages'

export type BaobeiProviderProps = {
  /** The company's rules (`definePolicy(...)` or a preset). */
  policy: Policy
  /** Language of every component; default `'zh-CN'`. */
  locale?: Locale
  /** The current instant (ISO-8601 with offset). Pass a fresh value to move time forward. */
  now: string
  /** Per-section overrides of the built-in catalogue. */
  messages?: MessageOverrides
  /** Forces a theme; without it the kit follows `prefers-color-scheme` (or an ancestor's `data-bb-theme`). */
  theme?: 'light' | 'dark'
  /** The signed-in user, used to tell "yours" from "someone else's". */
  actor?: Actor
  className?: string
  children?: ReactNode
}

/**
 * Supplies policy, locale, time and messages to the kit, and scopes its CSS variables (`.bb-root`).
 * @example
 * <BaobeiProvider policy={presets.dailyChemical} locale="en-US" now={new Date().toISOString()}>
 *   <StatusBadge status="cooperating-protected" />
 * </BaobeiProvider>
 */
export function BaobeiProvider({
  policy,
  locale = 'zh-CN',
  now,
  messages,
  theme,
  actor,
  className,
  children,
}: BaobeiProviderProps) {
  const timeZone = policy.timeZone
  const resolved = useMemo(() => resolveMessages(locale, messages), [locale, messages])
  const format = useMemo(() => createFormatters(locale, timeZone), [locale, timeZone])
  const value = useMemo<BaobeiContextValue>(
    () => ({ policy, locale, now, messages: resolved, format, theme, actor }),
    [policy, locale, now, resolved, format, theme, actor],
  )
  return (
    <BaobeiContext.Provider value={value}>
      <div className={cx('bb-root', className)} data-bb-theme={theme} lang={locale}>
        {children}
      </div>
    </BaobeiContext.Provider>
  )
}
