import { describe, expect, it } from 'vitest'
import {
  addWindow,
  canonicalInstant,
  compareInstants,
  formatInstant,
  isBefore,
  isTimeZone,
  localMinuteOfDay,
  sameLocalDay,
  startOfLocalDay,
  subtractDuration,
  toEpoch,
  withinTimeRange,
} from './index'

const SH = 'Asia/Shanghai'

describe('addWindow', () => {
  it.each([
    ['2026-01-31T10:00:00+08:00', { months: 1 }, '2026-02-28T10:00:00.000+08:00'],
    ['2028-01-31T10:00:00+08:00', { months: 1 }, '2028-02-29T10:00:00.000+08:00'],
    ['2026-01-01T00:00:00+08:00', { months: 3 }, '2026-04-01T00:00:00.000+08:00'],
    ['2025-11-30T23:30:00Z', { months: 3 }, '2026-03-01T07:30:00.000+08:00'],
  ])('counts %s + %o from the instant', (start, duration, end) => {
    expect(addWindow(start, { duration, counting: 'instant' }, SH)).toBe(end)
  })

  it('counts calendar days including the start day (7天包含当天)', () => {
    const window = { duration: { days: 7 }, counting: 'calendar-days-inclusive' } as const
    expect(addWindow('2026-03-01T15:00:00+08:00', window, SH)).toBe('2026-03-08T00:00:00.000+08:00')
    // 01:00 in Shanghai is still the previous day in UTC: the local day counts.
    expect(addWindow('2026-02-28T17:00:00Z', window, SH)).toBe('2026-03-08T00:00:00.000+08:00')
  })

  it('follows daylight saving in zones that have it', () => {
    const window = { duration: { days: 1 }, counting: 'instant' } as const
    expect(addWindow('2026-03-07T12:00:00-05:00', window, 'America/New_York')).toBe(
      '2026-03-08T12:00:00.000-04:00',
    )
  })
})

describe('local day helpers', () => {
  it('finds the start of the local day and the local minute', () => {
    const at = toEpoch('2026-03-01T01:00:00+08:00')
    expect(formatInstant(startOfLocalDay(at, SH), SH)).toBe('2026-03-01T00:00:00.000+08:00')
    expect(localMinuteOfDay(at, SH)).toBe(60)
    expect(localMinuteOfDay(at, 'UTC')).toBe(17 * 60)
  })

  it('compares local days, not UTC days', () => {
    const a = toEpoch('2026-03-01T01:00:00+08:00')
    const b = toEpoch('2026-03-01T23:00:00+08:00')
    expect(sameLocalDay(a, b, SH)).toBe(true)
    expect(sameLocalDay(a, b, 'UTC')).toBe(false)
  })

  it('subtracts calendar months', () => {
    const end = toEpoch('2026-03-31T00:00:00+08:00')
    expect(formatInstant(subtractDuration(end, { months: 1 }, SH), SH)).toBe('2026-02-28T00:00:00.000+08:00')
  })
})

describe('withinTimeRange', () => {
  const range = { from: '18:00', to: '21:00' }
  it.each([
    ['2026-03-01T17:59:00+08:00', false],
    ['2026-03-01T18:00:00+08:00', true],
    ['2026-03-01T20:59:59+08:00', true],
    ['2026-03-01T21:00:00+08:00', false],
    ['2026-03-01T11:00:00Z', true],
  ])('%s → %s', (at, inside) => {
    expect(withinTimeRange(toEpoch(at), range, SH)).toBe(inside)
  })

  it('wraps past midnight', () => {
    expect(withinTimeRange(toEpoch('2026-03-01T23:30:00+08:00'), { from: '22:00', to: '02:00' }, SH)).toBe(
      true,
    )
    expect(withinTimeRange(toEpoch('2026-03-01T03:00:00+08:00'), { from: '22:00', to: '02:00' }, SH)).toBe(
      false,
    )
  })
})

describe('isTimeZone', () => {
  it('knows IANA zones', () => {
    expect(isTimeZone(SH)).toBe(true)
    expect(isTimeZone('Mars/Olympus')).toBe(false)
  })
})

describe('compareInstants', () => {
  it.each([
    ['2026-03-01T00:00:00.000+08:00', '2026-03-01T00:00:00.001+08:00', -1],
    ['2026-03-01T00:00:00.000+08:00', '2026-02-28T16:00:00.000Z', 0],
    ['2026-03-01T00:00:00.000+08:00', '2026-02-28T16:30:00.000Z', -1],
    ['2026-03-01T09:00:00.000+09:00', '2026-03-01T08:30:00.000+08:00', -1],
    ['2026-03-01T10:00:00+08:00', '2026-03-01T09:59:59.999+08:00', 1],
  ])('%s vs %s → %i', (a, b, expected) => {
    expect(compareInstants(a, b)).toBe(expected)
    expect(compareInstants(b, a)).toBe(expected === 0 ? 0 : -expected)
  })

  it('treats null as never', () => {
    expect(isBefore('9999-12-31T23:59:59.999Z', null)).toBe(true)
  })

  it('canonicalises seconds-only instants', () => {
    expect(canonicalInstant('2026-03-01T10:00:00+08:00')).toBe('2026-03-01T10:00:00.000+08:00')
    expect(canonicalInstant('2026-03-01T10:00:00Z')).toBe('2026-03-01T10:00:00.000Z')
    expect(canonicalInstant('2026-03-01T10:00:00.5+08:00')).toBe('2026-03-01T10:00:00.5+08:00')
  })
})
