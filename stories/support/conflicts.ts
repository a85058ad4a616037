// Sample conflict cases (撞单) for the ConflictDialog stories.
import type { ConflictCase } from '@baobei/core'

const claim = (
  claimant: string,
  rest: Partial<ConflictCase['claims'][number]>,
): ConflictCase['claims'][number] => ({
  claimant,
  registeredAt: null,
  valid: true,
  completeness: 0.5,
  tracking: {},
  appointment: false,
  visits: [],
  ...rest,
})

/** Two filings of one customer: the earlier, more complete one should win. */
export const duplicateFiling: ConflictCase = {
  id: 'conflict-1',
  kind: 'duplicate-filing',
  customerId: 'c-001',
  claims: [
    claim('rep-li', {
      registeredAt: '2026-03-01T09:12:00+08:00',
      completeness: 0.9,
      tracking: { expectedAmount: 120000, feedback: '需要样品' },
      visits: ['2026-03-04T14:00:00+08:00'],
    }),
    claim('rep-wang', { registeredAt: '2026-03-05T16:40:00+08:00', completeness: 0.6 }),
  ],
}

/** Two claimants met one customer in the same region; one never filed. */
export const collision: ConflictCase = {
  id: 'conflict-2',
  kind: 'collision',
  customerId: 'c-003',
  claims: [
    claim('rep-li', {
      registeredAt: '2026-03-02T10:00:00+08:00',
      completeness: 0.8,
      appointment: true,
      visits: ['2026-03-12T10:30:00+08:00'],
    }),
    claim('rep-zhao', {
      registeredAt: null,
      valid: false,
      completeness: 0.3,
      visits: ['2026-03-12T15:00:00+08:00'],
    }),
  ],
}

/** A dispute after the sale, decided on tracking detail and the appointment. */
export const postSale: ConflictCase = {
  id: 'conflict-3',
  kind: 'post-sale',
  customerId: 'c-002',
  claims: [
    claim('rep-wang', {
      registeredAt: '2026-02-10T09:00:00+08:00',
      completeness: 1,
      tracking: { expectedAmount: 880000, unitPrice: 4400, signingDate: '2026-03-10', feedback: '已签约' },
      appointment: true,
      visits: ['2026-02-20T10:00:00+08:00', '2026-03-03T15:00:00+08:00'],
    }),
    claim('rep-chen', {
      registeredAt: '2026-02-10T09:00:00+08:00',
      completeness: 0.7,
      tracking: { expectedAmount: 800000 },
      visits: ['2026-03-03T15:00:00+08:00'],
    }),
  ],
}

/** Equal on every criterion and closed together: split 50/50 (seed 003). */
export const tie: ConflictCase = {
  id: 'conflict-4',
  kind: 'collision',
  customerId: 'c-004',
  jointClose: true,
  claims: [
    claim('rep-li', { registeredAt: '2026-03-08T11:00:00+08:00', completeness: 0.8, appointment: true }),
    claim('rep-chen', { registeredAt: '2026-03-08T11:00:00+08:00', completeness: 0.8, appointment: true }),
  ],
}

/** They quarrelled in front of the customer: both registrations are invalid (seed 003). */
export const quarrel: ConflictCase = {
  id: 'conflict-5',
  kind: 'collision',
  customerId: 'c-005',
  quarrel: true,
  claims: [
    claim('rep-wang', { registeredAt: '2026-03-09T09:00:00+08:00', completeness: 0.9 }),
    claim('rep-zhao', { registeredAt: '2026-03-10T09:00:00+08:00', completeness: 0.7 }),
  ],
}

/** Three claimants: the last share is the remainder. */
export const threeClaimants: ConflictCase = {
  id: 'conflict-6',
  kind: 'duplicate-filing',
  customerId: 'c-006',
  jointClose: true,
  claims: [
    claim('rep-li', { registeredAt: '2026-03-08T11:00:00+08:00', completeness: 0.8 }),
    claim('rep-wang', { registeredAt: '2026-03-08T11:00:00+08:00', completeness: 0.8 }),
    claim('rep-chen', { registeredAt: '2026-03-08T11:00:00+08:00', completeness: 0.8 }),
  ],
}
