import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { definePolicy, presets } from '../policy/index'
import type { ConflictCase, ConflictClaim } from './conflict-case'
import { suggestResolution, trackingDetail } from './suggest-resolution'

const claim = (claimant: string, overrides: Partial<ConflictClaim> = {}): ConflictClaim => ({
  claimant,
  registeredAt: '2026-03-01T09:00:00+08:00',
  valid: true,
  completeness: 1,
  tracking: {},
  appointment: false,
  visits: ['2026-03-03T10:00:00+08:00'],
  ...overrides,
})

const conflictOf = (claims: ConflictClaim[], extra: Partial<ConflictCase> = {}): ConflictCase => ({
  id: 'k1',
  kind: 'collision',
  customerId: 'c1',
  claims,
  ...extra,
})

const visitFiling = presets.visitFiling // criteria: earliest-registration, completeness, tracking-detail; tie: split
const escalating = definePolicy({
  conflicts: { tie: 'escalate', arbitrators: ['regional-manager', 'general-manager'] },
})

describe('suggestResolution', () => {
  it('awards the earliest valid registration', () => {
    const s = suggestResolution(
      conflictOf([claim('rep-2', { registeredAt: '2026-03-02T09:00:00+08:00' }), claim('rep-1')]),
      visitFiling,
    )
    expect(s.resolution).toEqual({ kind: 'award', claimant: 'rep-1' })
    expect(s.ranking).toEqual([
      { claimant: 'rep-1', rank: 1 },
      { claimant: 'rep-2', rank: 2 },
    ])
    expect(s.criteria[0]).toEqual({
      criterion: 'earliest-registration',
      values: { 'rep-2': '2026-03-02T09:00:00+08:00', 'rep-1': '2026-03-01T09:00:00+08:00' },
      winner: 'rep-1',
    })
    expect(s.explanation[0]).toContain('earliest-registration')
  })

  it('falls through the criteria in policy order', () => {
    const s = suggestResolution(
      conflictOf([
        claim('rep-1', {
          completeness: 2 / 3,
          tracking: { expectedAmount: 1, unitPrice: 2, feedback: 'ok' },
        }),
        claim('rep-2', { completeness: 1 }),
      ]),
      visitFiling,
    )
    expect(s.resolution).toEqual({ kind: 'award', claimant: 'rep-2' })
    expect(s.criteria.map((c) => c.winner)).toEqual([null, 'rep-2', 'rep-1'])
    expect(s.explanation[0]).toContain('completeness')

    const byTracking = suggestResolution(
      conflictOf([
        claim('rep-1'),
        claim('rep-2', { tracking: { signingDate: '2026-04-01', feedback: 'hot' } }),
      ]),
      visitFiling,
    )
    expect(byTracking.resolution).toEqual({ kind: 'award', claimant: 'rep-2' })
  })

  it('uses the appointment that produced the visit when the policy ranks it', () => {
    const s = suggestResolution(
      conflictOf([claim('rep-1'), claim('rep-2', { appointment: true })]),
      escalating,
    )
    expect(s.resolution).toEqual({ kind: 'award', claimant: 'rep-2' })
  })

  it('splits a tie 50/50 when the policy says split', () => {
    const s = suggestResolution(conflictOf([claim('rep-1'), claim('rep-2')]), visitFiling)
    expect(s.resolution).toEqual({
      kind: 'split',
      shares: [
        { claimant: 'rep-1', percent: 50 },
        { claimant: 'rep-2', percent: 50 },
      ],
    })
    expect(s.ranking.map((r) => r.rank)).toEqual([1, 1])
  })

  it('splits a joint close even when one claimant ranks higher', () => {
    const s = suggestResolution(
      conflictOf([claim('rep-1'), claim('rep-2', { registeredAt: '2026-03-02T09:00:00+08:00' })], {
        jointClose: true,
      }),
      visitFiling,
    )
    expect(s.resolution).toMatchObject({ kind: 'split' })
  })

  it('escalates a tie to the next arbitrator, then splits when none is left', () => {
    const tie = conflictOf([claim('rep-1'), claim('rep-2')])
    expect(suggestResolution(tie, escalating).resolution).toEqual({ kind: 'escalate', to: 'general-manager' })
    expect(
      suggestResolution({ ...tie, escalatedTo: 'general-manager' }, escalating).resolution,
    ).toMatchObject({
      kind: 'split',
    })
  })

  it('invalidates every filing after a quarrel when the policy says so, and proposes the violation', () => {
    const s = suggestResolution(conflictOf([claim('rep-1'), claim('rep-2')], { quarrel: true }), visitFiling)
    expect(s.resolution).toEqual({ kind: 'invalidate-all' })
    expect(s.violations).toEqual([
      { claimant: 'rep-1', violation: 'quarrel' },
      { claimant: 'rep-2', violation: 'quarrel' },
    ])
    const lenient = definePolicy({ conflicts: { quarrelInvalidatesAll: false } })
    expect(suggestResolution(conflictOf([claim('rep-1')], { quarrel: true }), lenient).resolution.kind).toBe(
      'award',
    )
  })

  it('sends the customer to the pool when no claim is valid', () => {
    const s = suggestResolution(
      conflictOf([claim('rep-1', { valid: false, registeredAt: null }), claim('rep-2', { valid: false })]),
      visitFiling,
    )
    expect(s.resolution).toEqual({ kind: 'pool' })
  })

  it('puts the main responsibility on the claimant without a valid prior registration', () => {
    const s = suggestResolution(
      conflictOf([claim('rep-2', { valid: false, registeredAt: null, appointment: true }), claim('rep-1')]),
      visitFiling,
    )
    expect(s.resolution).toEqual({ kind: 'award', claimant: 'rep-1' })
    expect(s.ranking).toEqual([
      { claimant: 'rep-1', rank: 1 },
      { claimant: 'rep-2', rank: 2 },
    ])
    expect(s.explanation.some((e) => e.includes('rep-2') && e.includes('main responsibility'))).toBe(true)
    expect(s.violations).toEqual([{ claimant: 'rep-2', violation: 'unregistered-visit' }])
    expect(s.explanation[0]).toContain('only claimant')
  })

  it('splits a three-way tie into integers summing to 100', () => {
    const s = suggestResolution(conflictOf([claim('a'), claim('b'), claim('c')]), visitFiling)
    expect(s.resolution).toEqual({
      kind: 'split',
      shares: [
        { claimant: 'a', percent: 34 },
        { claimant: 'b', percent: 33 },
        { claimant: 'c', percent: 33 },
      ],
    })
  })

  it('always proposes a well-formed resolution naming only the claimants', () => {
    const claims = fc.uniqueArray(
      fc.record({
        claimant: fc.constantFrom('a', 'b', 'c', 'd'),
        registeredAt: fc.option(fc.constantFrom('2026-03-01T09:00:00+08:00', '2026-03-02T09:00:00+08:00')),
        valid: fc.boolean(),
        completeness: fc.constantFrom(0, 0.5, 1),
        tracking: fc.record({ feedback: fc.option(fc.constantFrom('x'), { nil: undefined }) }),
        appointment: fc.boolean(),
        visits: fc.constant([] as string[]),
      }),
      { minLength: 1, maxLength: 4, selector: (c) => c.claimant },
    )
    fc.assert(
      fc.property(claims, fc.boolean(), fc.boolean(), (list, jointClose, quarrel) => {
        const s = suggestResolution(conflictOf(list, { jointClose, quarrel }), escalating)
        const names = list.map((c) => c.claimant)
        expect(s.ranking.map((r) => r.claimant).sort()).toEqual([...names].sort())
        if (s.resolution.kind === 'split') {
          expect(s.resolution.shares.reduce((sum, x) => sum + x.percent, 0)).toBe(100)
        }
        if (s.resolution.kind === 'award') expect(names).toContain(s.resolution.claimant)
        expect(s.explanation.length).toBeGreaterThan(0)
      }),
    )
  })
})

describe('trackingDetail', () => {
  it('counts the filled tracking fields', () => {
    expect(trackingDetail(undefined)).toBe(0)
    expect(trackingDetail({ expectedAmount: 0, feedback: '  ' })).toBe(1)
    expect(
      trackingDetail({ expectedAmount: 1, unitPrice: 2, signingDate: '2026-04-01', feedback: 'ok' }),
    ).toBe(4)
  })
})
