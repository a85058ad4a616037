import { useBaobei } from './context'
import type { Ledger, Policy } from './core'

/** The claimant-wide facts a single customer cannot tell (the core's `Ledger`): held and filed today. */
export type RegistrationLedger = Pick<Ledger, 'activeProtected' | 'filedToday'>

type Kind = Policy['registration']['defaultKind']

/** Minutes since local midnight of an instant in a time zone. */
function localMinutes(iso: string, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).formatToParts(new Date(iso))
  const read = (type: string) => Number(parts.find((part) => part.type === type)?.value ?? 0)
  return read('hour') * 60 + read('minute')
}

const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5))

/**
 * Whether `now` is inside a daily window `from`–`to` (local time; a window may cross midnight).
 * @example
 * insideWindow('2026-03-01T19:00:00+08:00', { from: '18:00', to: '21:00' }, 'Asia/Shanghai') // true
 */
export function insideWindow(now: string, range: { from: string; to: string }, timeZone: string): boolean {
  const at = localMinutes(now, timeZone)
  const from = toMinutes(range.from)
  const to = toMinutes(range.to)
  return from <= to ? at >= from && at < to : at >= from || at < to
}

/**
 * Quota and submission-window hints for a filing of `kind`, from the policy and the ledger.
 * Advisory only: `decide` enforces the rules. `RegistrationForm` shows them; use it in your own form.
 * @example
 * <RegistrationHints kind="pre-registration" ledger={{ filedToday: 3, activeProtected: 12 }} />
 */
export function RegistrationHints({ kind, ledger }: { kind?: Kind; ledger?: RegistrationLedger }) {
  const { policy, messages, now } = useBaobei()
  const m = messages.form
  const rules = policy.registration.kinds[kind ?? policy.registration.defaultKind]
  const window =
    rules?.submissionWindow !== undefined ? rules.submissionWindow : policy.registration.submissionWindow
  const perDay = rules?.perDay !== undefined ? rules.perDay : policy.limits.filingsPerDay
  const active = policy.limits.activeProtected
  const items: { text: string; warn: boolean }[] = []
  if (window) {
    const inside = insideWindow(now, window, policy.timeZone)
    items.push({
      text: inside ? m.submissionWindow(window.from, window.to) : m.outsideWindow(window.from, window.to),
      warn: !inside,
    })
  }
  if (perDay !== null && ledger?.filedToday !== undefined) {
    items.push({ text: m.dailyLimit(ledger.filedToday, perDay), warn: ledger.filedToday >= perDay })
  }
  if (active !== null && ledger?.activeProtected !== undefined) {
    items.push({ text: m.quota(ledger.activeProtected, active), warn: ledger.activeProtected >= active })
  }
  if (items.length === 0) return null
  return (
    <ul className="bb-hints">
      {items.map((item) => (
        <li key={item.text} className={item.warn ? 'bb-hints__warn' : undefined}>
          {item.text}
        </li>
      ))}
    </ul>
  )
}
