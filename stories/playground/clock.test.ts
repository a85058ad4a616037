import { describe, expect, it } from 'vitest'
import { addMonthsIso, localDate, sliderInstant, sliderOffset, toShanghaiIso } from './clock'

describe('clock', () => {
  it('writes instants with the +08:00 offset', () => {
    expect(toShanghaiIso(Date.UTC(2026, 0, 5, 16, 30))).toBe('2026-01-06T00:30:00+08:00')
    expect(localDate('2026-01-05T23:30:00+08:00')).toBe('2026-01-05')
    expect(localDate('2026-01-05T23:30:00Z')).toBe('2026-01-06')
  })

  it('adds calendar months, clamping to the end of shorter months', () => {
    expect(addMonthsIso('2026-01-31T09:00:00+08:00', 1)).toBe('2026-02-28T09:00:00+08:00')
    expect(addMonthsIso('2028-01-31T09:00:00+08:00', 1)).toBe('2028-02-29T09:00:00+08:00')
    expect(addMonthsIso('2026-03-31T09:00:00+08:00', -1)).toBe('2026-02-28T09:00:00+08:00')
    expect(addMonthsIso('2026-01-05T18:30:00+08:00', 12)).toBe('2027-01-05T18:30:00+08:00')
  })

  it('maps slider offsets to evening instants and back', () => {
    const start = '2026-01-05T18:30:00+08:00'
    expect(sliderInstant(start, 0)).toBe('2026-01-05T20:00:00+08:00')
    expect(sliderInstant(start, 31)).toBe('2026-02-05T20:00:00+08:00')
    for (const offset of [0, 1, 27, 365])
      expect(sliderOffset(start, sliderInstant(start, offset))).toBe(offset)
    expect(sliderOffset(start, '2026-01-06T00:10:00+08:00')).toBe(1)
  })
})
