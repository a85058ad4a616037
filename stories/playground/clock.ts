/**
 * Calendar helpers for the Playground's date slider. The sample team works in China Standard Time,
 * which has a fixed UTC+8 offset and no daylight saving, so a fixed offset is exact here.
 */

const OFFSET_MS = 8 * 60 * 60 * 1000
const DAY_MS = 24 * 60 * 60 * 1000

/**
 * An instant written as ISO-8601 with the `+08:00` offset, the form the core expects.
 * @example toShanghaiIso(Date.UTC(2026, 0, 5, 1)) // '2026-01-05T09:00:00+08:00'
 */
export function toShanghaiIso(ms: number): string {
  return `${new Date(ms + OFFSET_MS).toISOString().slice(0, 19)}+08:00`
}

/**
 * Whole days from `from` to `to` (both instants), rounded down.
 * @example daysBetween('2026-01-05T09:00:00+08:00', '2026-01-07T10:00:00+08:00') // 2
 */
export function daysBetween(from: string, to: string): number {
  return Math.floor((Date.parse(to) - Date.parse(from)) / DAY_MS)
}

/**
 * The instant `days` days after `from` (same local time of day).
 * @example addDaysIso('2026-01-05T09:00:00+08:00', 31) // '2026-02-05T09:00:00+08:00'
 */
export function addDaysIso(from: string, days: number): string {
  return toShanghaiIso(Date.parse(from) + days * DAY_MS)
}

/**
 * The instant `months` calendar months after `from`; a day that does not exist in the target month
 * is clamped to its last day (31 January + 1 month = 28/29 February), as the core's windows count.
 * @example addMonthsIso('2026-01-31T09:00:00+08:00', 1) // '2026-02-28T09:00:00+08:00'
 */
export function addMonthsIso(from: string, months: number): string {
  const local = new Date(Date.parse(from) + OFFSET_MS)
  const year = local.getUTCFullYear()
  const month = local.getUTCMonth() + months
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate()
  const day = Math.min(local.getUTCDate(), lastDay)
  const shifted = Date.UTC(
    year,
    month,
    day,
    local.getUTCHours(),
    local.getUTCMinutes(),
    local.getUTCSeconds(),
  )
  return toShanghaiIso(shifted - OFFSET_MS)
}

/**
 * The local calendar date (`YYYY-MM-DD`) of an instant.
 * @example localDate('2026-01-05T23:30:00+08:00') // '2026-01-05'
 */
export function localDate(iso: string): string {
  return toShanghaiIso(Date.parse(iso)).slice(0, 10)
}

/** The local time of day the slider's days are set to: evening, inside every preset's submission window. */
const SLIDER_TIME = 'T20:00:00+08:00'

/**
 * The slider's instant for a day offset from a start instant: that local day at 20:00.
 * @example sliderInstant('2026-01-05T18:30:00+08:00', 1) // '2026-01-06T20:00:00+08:00'
 */
export function sliderInstant(start: string, offset: number): string {
  return addDaysIso(`${localDate(start)}${SLIDER_TIME}`, offset)
}

/**
 * The day offset of an instant from a start instant, counted in local calendar days.
 * @example sliderOffset('2026-01-05T18:30:00+08:00', '2026-01-07T09:00:00+08:00') // 2
 */
export function sliderOffset(start: string, instant: string): number {
  return daysBetween(`${localDate(start)}T00:00:00+08:00`, `${localDate(instant)}T00:00:00+08:00`)
}
