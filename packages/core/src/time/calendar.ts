import { add, isSameDay, startOfDay, sub } from 'date-fns'
import type { Duration, Window } from './duration'
import { inZone } from './zone'

/**
 * `start + duration` in the zone's calendar (a month after 31 January is 28/29 February).
 *
 * @example
 * addDuration(Date.parse('2026-01-31T10:00:00+08:00'), { months: 1 }, 'Asia/Shanghai')
 * // epoch of 2026-02-28T10:00:00+08:00
 */
export function addDuration(start: number, duration: Duration, zone: string): number {
  return add(start, duration, { in: inZone(zone) }).getTime()
}

/**
 * `end - duration` in the zone's calendar.
 *
 * @example
 * subtractDuration(Date.parse('2026-03-31T00:00:00+08:00'), { months: 1 }, 'Asia/Shanghai')
 * // epoch of 2026-02-28T00:00:00+08:00
 */
export function subtractDuration(end: number, duration: Duration, zone: string): number {
  return sub(end, duration, { in: inZone(zone) }).getTime()
}

/**
 * The start (00:00) of the local day containing an instant.
 *
 * @example
 * startOfLocalDay(Date.parse('2026-03-01T01:00:00+08:00'), 'Asia/Shanghai')
 * // epoch of 2026-03-01T00:00:00+08:00 (which is 2026-02-28 in UTC)
 */
export function startOfLocalDay(instant: number, zone: string): number {
  return startOfDay(instant, { in: inZone(zone) }).getTime()
}

/**
 * The end of a window that starts at `start`: `start + duration` when counting from the instant,
 * `start of the local day + duration` when counting calendar days including the start day.
 *
 * @example
 * const at = Date.parse('2026-03-01T15:00:00+08:00')
 * windowEnd(at, { duration: { days: 7 }, counting: 'calendar-days-inclusive' }, 'Asia/Shanghai')
 * // epoch of 2026-03-08T00:00:00+08:00
 */
export function windowEnd(start: number, window: Window, zone: string): number {
  const from = window.counting === 'instant' ? start : startOfLocalDay(start, zone)
  return addDuration(from, window.duration, zone)
}

/**
 * The local time of day of an instant in the zone, in minutes (0..1439) as its clocks show it
 * (on a daylight-saving day 18:00 is 1080, not the minutes elapsed since midnight).
 *
 * @example
 * localMinuteOfDay(Date.parse('2026-03-01T18:30:00+08:00'), 'Asia/Shanghai') // 1110
 */
export function localMinuteOfDay(instant: number, zone: string): number {
  const local = inZone(zone)(instant)
  return local.getHours() * 60 + local.getMinutes()
}

/**
 * Whether two instants fall on the same local calendar day in the zone.
 *
 * @example
 * sameLocalDay(Date.parse('2026-03-01T01:00:00+08:00'), Date.parse('2026-03-01T23:00:00+08:00'), 'Asia/Shanghai') // true
 */
export function sameLocalDay(a: number, b: number, zone: string): boolean {
  return isSameDay(a, b, { in: inZone(zone) })
}
