import { describe, expect, it } from 'vitest'
import { fromZonedInput, toZonedInput } from './zonedInput'

describe('fromZonedInput', () => {
  it('reads the wall clock in the policy zone, not the runtime one', () => {
    expect(fromZonedInput('2026-03-01T12:30', 'Asia/Shanghai')).toBe('2026-03-01T12:30:00.000+08:00')
    expect(fromZonedInput('2026-03-01T12:30:15', 'America/New_York')).toBe('2026-03-01T12:30:15.000-05:00')
    expect(fromZonedInput('2026-07-01T08:00', 'Europe/London')).toBe('2026-07-01T08:00:00.000+01:00')
    expect(fromZonedInput('2026-01-01T08:00', 'UTC')).toBe('2026-01-01T08:00:00.000+00:00')
  })

  it('keeps the instant across a daylight-saving change', () => {
    // New York springs forward at 02:00 on 8 March 2026: 03:30 is already EDT.
    expect(fromZonedInput('2026-03-08T03:30', 'America/New_York')).toBe('2026-03-08T03:30:00.000-04:00')
    expect(fromZonedInput('2026-03-08T01:30', 'America/New_York')).toBe('2026-03-08T01:30:00.000-05:00')
  })

  it('returns null for an empty or impossible value', () => {
    for (const value of [
      '',
      '2026-03-01',
      '2026-02-30T10:00',
      '2026-13-01T10:00',
      '2026-03-01T24:00',
      'noon',
    ]) {
      expect(fromZonedInput(value, 'Asia/Shanghai')).toBeNull()
    }
  })
})

describe('toZonedInput', () => {
  it('shows an instant on the zone wall clock and round-trips through fromZonedInput', () => {
    const value = toZonedInput('2026-03-01T04:30:00Z', 'Asia/Shanghai')
    expect(value).toBe('2026-03-01T12:30')
    expect(Date.parse(fromZonedInput(value, 'Asia/Shanghai') ?? '')).toBe(Date.parse('2026-03-01T04:30:00Z'))
  })

  it('is empty for an unparseable instant', () => {
    expect(toZonedInput('yesterday', 'Asia/Shanghai')).toBe('')
  })
})
