import { statusNumber } from '@baobei/core'
import { Fragment } from 'react'
import { type BaobeiContextValue, useBaobei } from './context'
import type { CustomerState, Status } from './core'
import { cx } from './cx'
import { type Countdown, countdown, useCountdown } from './useCountdown'

type Flags = CustomerState['flags']

const FLAG_ORDER: (keyof Flags)[] = ['pendingApproval', 'locked', 'inConflict', 'expiringSoon', 'inPool']
const CIRCLED = ['①', '②', '③', '④', '⑤', '⑥'] as const

export type StatusBadgeProps = {
  /** The status to show; ignored when `state` is given. */
  status?: Status
  /** A derived customer state (`deriveState`): status, time left and flags in one. */
  state?: Pick<CustomerState, 'status' | 'protectedUntil' | 'flags'>
  /** End of protection when only `status` is given. */
  protectedUntil?: string | null
  /** Flags when only `status` is given. */
  flags?: Partial<Flags>
  /** Advance the countdown with the wall clock every `tick` ms (off by default). */
  tick?: number
  className?: string
}

/**
 * A customer's status (①–⑥) as colour, icon and text, with the protection time left and flags.
 * @example
 * <StatusBadge state={deriveState(history, policy, now)} />
 * <StatusBadge status="cooperating-warning" protectedUntil="2026-06-01T00:00:00+08:00" />
 */
export function StatusBadge({ status, state, protectedUntil, flags, tick, className }: StatusBadgeProps) {
  const context = useBaobei()
  const { messages, now } = context
  const shown: Status = state?.status ?? status ?? 'prospect'
  const until = state ? state.protectedUntil : (protectedUntil ?? null)
  const active = state?.flags ?? flags ?? {}
  const n = statusNumber(shown)
  const onFlags = FLAG_ORDER.filter((flag) => active[flag])
  // Real spaces between the parts, not just margins: copied text and accessible names read
  // "… protected 78 days left Locked", not "… protected78 days leftLocked".
  return (
    <span className={cx('bb-badge', `bb-badge--${shown}`, className)} data-status={shown}>
      <span className="bb-badge__main">
        {/* One text node, the glyph drawn by CSS before it: 1,000 badges stay cheap to lay out. */}
        {`${CIRCLED[n - 1]} ${messages.status[shown]}`}
      </span>
      {until ? ' ' : null}
      {until && tick ? <TickingTimeLeft until={until} tick={tick} /> : null}
      {/* Without a tick the time left is pure: no hook, no extra component per badge. */}
      {until && !tick ? renderTimeLeft(until, countdown(until, now, messages), context) : null}
      {onFlags.map((flag) => (
        <Fragment key={flag}>
          {' '}
          <span className={cx('bb-chip', `bb-chip--${flag}`)}>{messages.flags[flag]}</span>
        </Fragment>
      ))}
    </span>
  )
}

/** The time left, with the end of protection spelt out on hover. */
function renderTimeLeft(until: string, left: Countdown, { messages, format }: BaobeiContextValue) {
  return (
    <time className="bb-badge__time" dateTime={until} title={messages.time.until(format.dateTime(until))}>
      {left.text}
    </time>
  )
}

/** The time left on a wall-clock timer: only badges given a `tick` pay for its state and effect. */
function TickingTimeLeft({ until, tick }: { until: string; tick: number }) {
  const context = useBaobei()
  const left = useCountdown(until, { tick })
  return left ? renderTimeLeft(until, left, context) : null
}
