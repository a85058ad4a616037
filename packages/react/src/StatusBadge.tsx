import { statusNumber } from '@baobei/core'
import { useBaobei } from './context'
import type { CustomerState, Status } from './core'
import { cx } from './cx'
import { StatusIcon } from './StatusIcon'
import { useCountdown } from './useCountdown'

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
  const { messages, format } = useBaobei()
  const shown: Status = state?.status ?? status ?? 'prospect'
  const until = state ? state.protectedUntil : (protectedUntil ?? null)
  const active = state?.flags ?? flags ?? {}
  const countdown = useCountdown(until, tick ? { tick } : {})
  const n = statusNumber(shown)
  const onFlags = FLAG_ORDER.filter((flag) => active[flag])
  return (
    <div className={cx('bb-badge', `bb-badge--${shown}`, className)} data-status={shown}>
      <span className="bb-badge__main">
        <StatusIcon status={shown} />
        {/* One text node: 1,000 badges in a list stay cheap to lay out. */}
        {`${CIRCLED[n - 1]} ${messages.status[shown]}`}
      </span>
      {until && countdown ? (
        <time className="bb-badge__time" dateTime={until} title={messages.time.until(format.dateTime(until))}>
          {countdown.text}
        </time>
      ) : null}
      {onFlags.map((flag) => (
        <span key={flag} className={cx('bb-chip', `bb-chip--${flag}`)}>
          {messages.flags[flag]}
        </span>
      ))}
    </div>
  )
}
