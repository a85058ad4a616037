import * as z from 'zod/mini'
import { localMinuteOfDay } from './calendar'

// A refinement rather than `z.regex`, which pulls two more check classes into the bundle.
const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/

/**
 * A local wall-clock time `HH:mm` (24-hour).
 *
 * @example
 * TimeOfDaySchema.parse('18:00')
 */
export const TimeOfDaySchema = z.string().check(z.refine((value) => HH_MM.test(value), 'expected HH:mm'))

/**
 * A daily local time range `[from, to)`, e.g. the 18:00–21:00 submission window of seed 002 (正盛).
 * `to` before `from` wraps past midnight.
 *
 * @example
 * TimeRangeSchema.parse({ from: '18:00', to: '21:00' })
 */
export const TimeRangeSchema = z.object({ from: TimeOfDaySchema, to: TimeOfDaySchema })

/**
 * A daily local time range.
 *
 * @example
 * const r: TimeRange = { from: '18:00', to: '21:00' }
 */
export type TimeRange = z.infer<typeof TimeRangeSchema>

function minutes(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5))
}

/**
 * Whether an instant's local time of day in the zone falls inside `[from, to)`.
 *
 * @example
 * const at = Date.parse('2026-03-01T20:59:00+08:00')
 * withinTimeRange(at, { from: '18:00', to: '21:00' }, 'Asia/Shanghai') // true
 */
export function withinTimeRange(instant: number, range: TimeRange, zone: string): boolean {
  const m = localMinuteOfDay(instant, zone)
  const from = minutes(range.from)
  const to = minutes(range.to)
  return from <= to ? m >= from && m < to : m >= from || m < to
}
