import type { Locale, TimeParts } from './messages'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

/** Formatters bound to a locale and the policy's time zone (so SSR and browser agree). */
export type Formatters = {
  /** Date and time, e.g. `2026年3月1日 09:00` / `Mar 1, 2026, 9:00 AM`. */
  dateTime(iso: string): string
  /** Date only. */
  date(iso: string): string
  /** The local calendar day as `YYYY-MM-DD`, for grouping. */
  dayKey(iso: string): string
  /** A percentage from a 0..1 ratio. */
  percent(ratio: number): string
  /** A plain number (amounts, prices). */
  number(value: number): string
}

/**
 * Builds the formatters for a locale and IANA time zone.
 * @example
 * createFormatters('en-US', 'Asia/Shanghai').date('2026-03-01T09:00:00+08:00') // 'Mar 1, 2026'
 */
export function createFormatters(locale: Locale, timeZone: string): Formatters {
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone })
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone })
  // en-CA formats dates as YYYY-MM-DD.
  const day = new Intl.DateTimeFormat('en-CA', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    timeZone,
  })
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 })
  const number = new Intl.NumberFormat(locale)
  const safe = (format: (d: Date) => string) => (iso: string) => {
    const d = new Date(iso)
    // Host data may hold a malformed instant: show it as typed rather than crash.
    return Number.isNaN(d.getTime()) ? iso : format(d)
  }
  return {
    dateTime: safe((d) => dateTime.format(d)),
    date: safe((d) => date.format(d)),
    dayKey: safe((d) => day.format(d)),
    percent: (ratio) => percent.format(ratio),
    number: (value) => number.format(value),
  }
}

/**
 * Time left from `now` until `until`, or `null` once `until` is reached (protected while now < end).
 * @example
 * timeLeft('2026-03-03T12:00:00Z', '2026-03-01T00:00:00Z') // { days: 2, hours: 12, minutes: 0 }
 */
export function timeLeft(until: string, now: string): TimeParts | null {
  const ms = Date.parse(until) - Date.parse(now)
  if (!(ms > 0)) return null
  return {
    days: Math.floor(ms / DAY),
    hours: Math.floor((ms % DAY) / HOUR),
    minutes: Math.floor((ms % HOUR) / MINUTE),
  }
}
