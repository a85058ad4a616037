import { describe, expect, it } from 'vitest'
import {
  ActorSchema,
  CustomerProfileSchema,
  InstantSchema,
  ResolutionSchema,
  STATUSES,
  statusNumber,
} from './index'

describe('statusNumber', () => {
  it('numbers the statuses ①..⑥ in seed order', () => {
    expect(STATUSES.map(statusNumber)).toEqual([1, 2, 3, 4, 5, 6])
    expect(statusNumber('registered-protected')).toBe(6)
    expect(statusNumber('released')).toBe(5)
  })
})

describe('InstantSchema', () => {
  it.each([
    ['2026-03-01T09:00:00+08:00', true],
    ['2026-03-01T09:00:00.123Z', true],
    ['2026-03-01T09:00:00', false],
    ['2026-03-01', false],
    ['yesterday', false],
    ['2026-03-01T09:00+08:00', false],
    ['2026-02-29T09:00:00+08:00', false],
    ['2028-02-29T09:00:00+08:00', true],
    ['2026-04-31T09:00:00Z', false],
    ['2026-03-01T24:00:00Z', false],
    ['2026-03-01T09:00:00+0800', false],
  ])('%s → %s', (value, ok) => {
    expect(InstantSchema.safeParse(value).success).toBe(ok)
  })

  it('says what it expected', () => {
    const result = InstantSchema.safeParse('1 March')
    expect(result.error?.issues[0]?.message).toBe('expected an ISO-8601 date-time with offset')
  })
})

describe('ResolutionSchema', () => {
  it('accepts shares summing to 100 and rejects others', () => {
    const share = (claimant: string, percent: number) => ({ claimant, percent })
    expect(
      ResolutionSchema.safeParse({ kind: 'split', shares: [share('a', 50), share('b', 50)] }).success,
    ).toBe(true)
    expect(
      ResolutionSchema.safeParse({ kind: 'split', shares: [share('a', 50), share('b', 40)] }).success,
    ).toBe(false)
    expect(
      ResolutionSchema.safeParse({ kind: 'split', shares: [share('a', 50.5), share('b', 49.5)] }).success,
    ).toBe(false)
    expect(ResolutionSchema.safeParse({ kind: 'escalate', to: 'general-manager' }).success).toBe(true)
    expect(ResolutionSchema.safeParse({ kind: 'award' }).success).toBe(false)
  })
})

describe('ActorSchema and CustomerProfileSchema', () => {
  it('require an actor id and a profile name', () => {
    expect(ActorSchema.safeParse({ id: '', roles: [] }).success).toBe(false)
    expect(ActorSchema.safeParse({ id: 'rep', roles: ['sales'] }).success).toBe(true)
    expect(CustomerProfileSchema.safeParse({ phone: '1' }).success).toBe(false)
    expect(CustomerProfileSchema.safeParse({ name: 'x', grade: 'Z' }).success).toBe(false)
  })
})
