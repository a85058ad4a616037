import { windowEnd } from './calendar'
import type { Window } from './duration'
import { formatInstant, toEpoch } from './zone'

/**
 * The end of a window starting at an ISO instant, as ISO-8601 with the zone's offset.
 *
 * @example
 * addWindow('2026-01-31T10:00:00+08:00', { duration: { months: 1 }, counting: 'instant' }, 'Asia/Shanghai')
 * // '2026-02-28T10:00:00.000+08:00'
 */
export function addWindow(start: string, window: Window, zone: string): string {
  return formatInstant(windowEnd(toEpoch(start), window, zone), zone)
}
