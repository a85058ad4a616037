import { describe, expect, it } from 'vitest'
import { addDuration, localMinuteOfDay, startOfLocalDay } from './calendar'
import { formatInstant } from './zone'

// Calendar arithmetic is date-fns + @date-fns/tz; these pin down what the engine relies on in zones
// with daylight saving (Shanghai has none): wall-clock days, local time of day, skipped midnights.
describe('wall clocks across daylight saving', () => {
  const ny = 'America/New_York'
  const at = (iso: string) => Date.parse(iso)

  it('keeps the wall-clock time over a day that is 23 or 25 hours long', () => {
    const before = at('2026-03-07T12:00:00-05:00')
    expect(formatInstant(addDuration(before, { days: 1 }, ny), ny)).toBe('2026-03-08T12:00:00.000-04:00')
    expect(formatInstant(addDuration(before, { hours: 24 }, ny), ny)).toBe('2026-03-08T13:00:00.000-04:00')
    const fall = at('2026-10-31T12:00:00-04:00')
    expect(formatInstant(addDuration(fall, { days: 1 }, ny), ny)).toBe('2026-11-01T12:00:00.000-05:00')
  })

  it('reads the time of day as the clocks show it, also on a change day', () => {
    expect(localMinuteOfDay(at('2026-03-08T18:00:00-04:00'), ny)).toBe(18 * 60)
    expect(formatInstant(startOfLocalDay(at('2026-03-08T18:00:00-04:00'), ny), ny)).toBe(
      '2026-03-08T00:00:00.000-05:00',
    )
  })

  it('starts a day whose midnight is skipped at the first minute it has', () => {
    // Santiago moved its clocks from 24:00 to 01:00 on 2026-09-06.
    const z = 'America/Santiago'
    const day = startOfLocalDay(at('2026-09-06T12:00:00-03:00'), z)
    expect(formatInstant(day, z)).toBe('2026-09-06T01:00:00.000-03:00')
  })
})
