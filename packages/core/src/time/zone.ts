import { TZDate, tz } from '@date-fns/tz'

type InZone = ReturnType<typeof tz>

// tz(zone) builds a context function; building it once per zone avoids re-parsing the zone name.
const contexts = new Map<string, InZone>()

/**
 * The cached date-fns `in` context for an IANA zone.
 *
 * @example
 * add(Date.now(), { days: 1 }, { in: inZone('Asia/Shanghai') })
 */
export function inZone(zone: string): InZone {
  let context = contexts.get(zone)
  if (!context) {
    context = tz(zone)
    contexts.set(zone, context)
  }
  return context
}

/**
 * Whether a string names an IANA time zone the runtime knows.
 *
 * @example
 * isTimeZone('Asia/Shanghai') // true
 * isTimeZone('Mars/Olympus') // false
 */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone })
    return true
  } catch {
    return false
  }
}

/**
 * Epoch milliseconds of an ISO-8601 instant (NaN when unparseable).
 *
 * @example
 * toEpoch('1970-01-01T08:00:00+08:00') // 0
 */
export function toEpoch(instant: string): number {
  return Date.parse(instant)
}

/**
 * An epoch instant as ISO-8601 with the zone's offset, e.g. `2026-03-01T00:00:00.000+08:00`.
 *
 * @example
 * formatInstant(0, 'Asia/Shanghai') // '1970-01-01T08:00:00.000+08:00'
 */
export function formatInstant(epoch: number, zone: string): string {
  return new TZDate(epoch, zone).toISOString()
}
