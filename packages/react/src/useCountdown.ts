import { useEffect, useState } from 'react'
import { useBaobei } from './context'
import { timeLeft } from './format'
import type { Messages, TimeParts } from './messages'

export type Countdown = {
  /** Days, hours and minutes left; `null` once expired. */
  left: TimeParts | null
  expired: boolean
  /** Localised short text, e.g. `剩余 12 天` / `12 days left` / `Expired`. */
  text: string
}

/**
 * Time left until `until`, relative to the provider's `now`. Pure by default: nothing runs on a
 * timer. Pass `{ tick: 60_000 }` to let the countdown advance from `now` with the wall clock.
 * @example
 * const { text, expired } = useCountdown(state.protectedUntil)
 */
export function useCountdown(
  until: string | null | undefined,
  options: { tick?: number } = {},
): Countdown | null {
  const { now, messages } = useBaobei()
  const elapsed = useElapsed(options.tick, now)
  if (!until) return null
  return countdown(until, elapsed === 0 ? now : new Date(Date.parse(now) + elapsed).toISOString(), messages)
}

/**
 * The countdown itself, without hooks: what `useCountdown` returns, for components that render
 * many countdowns at once and need no timer.
 * @example
 * countdown('2026-03-27T10:00:00+08:00', '2026-03-15T10:00:00+08:00', messages).text // '12 days left'
 */
export function countdown(until: string, now: string, messages: Messages): Countdown {
  const left = timeLeft(until, now)
  return { left, expired: left === null, text: left ? messages.time.left(left) : messages.time.expired }
}

/**
 * Milliseconds since the host's `now` was last given, refreshed every `tick` ms; always 0 without a
 * tick (no timer, SSR-safe). A new `now` restarts the count: the host's clock wins.
 */
function useElapsed(tick: number | undefined, now: string): number {
  const [elapsed, setElapsed] = useState(0)
  // biome-ignore lint/correctness/useExhaustiveDependencies: `now` restarts the count on purpose
  useEffect(() => {
    setElapsed(0)
    if (!tick || tick <= 0) return
    const start = Date.now()
    const id = setInterval(() => setElapsed(Date.now() - start), tick)
    return () => clearInterval(id)
  }, [tick, now])
  return elapsed
}
