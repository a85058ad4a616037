import { TZDate } from '@date-fns/tz'

// A `<input type="datetime-local">` holds a wall-clock time with no zone. The kit reads it in the
// policy's zone (not the browser's), so an arbitrator abroad records the same instant as one on site.

const INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/

const pad = (n: number) => String(n).padStart(2, '0')

/**
 * A `datetime-local` value read as wall-clock time in `zone`, as an instant with that zone's offset;
 * `null` when the value is empty or not a real time.
 * @example
 * fromZonedInput('2026-03-01T12:30', 'Asia/Shanghai') // '2026-03-01T12:30:00.000+08:00'
 */
export function fromZonedInput(value: string, zone: string): string | null {
  const m = INPUT.exec(value)
  if (!m) return null
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ]
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return null
  const local = new TZDate(year, month - 1, day, hour, minute, second, zone)
  // 30 February rolls over into March: a value that does not round-trip was never a real day.
  if (local.getMonth() !== month - 1 || local.getDate() !== day) return null
  return local.toISOString()
}

/**
 * An instant as a `datetime-local` value (`YYYY-MM-DDTHH:mm`) on `zone`'s wall clock; `''` when the
 * instant is unparseable.
 * @example
 * toZonedInput('2026-03-01T04:30:00Z', 'Asia/Shanghai') // '2026-03-01T12:30'
 */
export function toZonedInput(instant: string, zone: string): string {
  const epoch = Date.parse(instant)
  if (Number.isNaN(epoch)) return ''
  const local = new TZDate(epoch, zone)
  return `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}T${pad(local.getHours())}:${pad(local.getMinutes())}`
}
