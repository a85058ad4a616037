import { useEffect, useState } from 'react'
import { useBaobei } from './context'
import { timeLeft } from './format'
import type { TimeParts } from './messages'

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
  const elapsed = useElapsed(options.tick)
  if (!until) return null
  const current = elapsed === 0 ? now : new Date(Date.parse(now) + elapsed).toISOString()
  const left = timeLeft(until, current)
  return { left, expired: left === null, text: left ? messages.time.left(left) : messages.time.expired }
}

/** Milliseconds since mount, refreshed every `tick` ms; always 0 without a tick (no timer, SSR-safe). */
function useElapsed(tick: number | undefined): number {
  const [elapsed, setElapsed] = useState(0)
  useEffect(() => {
    if (!tick || tick <= 0) return
    const start = Date.now()
    const id = setInterval(() => setElapsed(Date.now() - start), tick)
    return () => clearInterval(id)
  }, [tick])
  return elapsed
}
