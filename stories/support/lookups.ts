// Fake host lookups for the stories: each answers with one verdict after a short delay, as a
import { createCustomerIndex } from '@baobei/core'
// server would, and honours the AbortSignal.
import type { ScreeningData, ScreeningLookup } from '@baobei/react'

type Check = Extract<ScreeningData, { verdict: string }>

/** A lookup that answers `check` after `delayMs`. */
export function answering(check: Check, delayMs = 150): ScreeningLookup {
  return (_candidate, { signal }) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => resolve(check), delayMs)
      signal.addEventListener('abort', () => {
        clearTimeout(timer)
        reject(signal.reason)
      })
    })
}

/** A lookup that never answers (the loading state). */
export const neverAnswering: ScreeningLookup = () => new Promise(() => {})

/** A lookup whose server is down (the error state). */
export const failing: ScreeningLookup = () => Promise.reject(new Error('503 Service Unavailable'))

type Match = Check['matches'][number]

const match = (customerId: string, score: number, reasons: Match['reasons']): Match => ({
  customerId,
  score,
  reasons,
  strength: score >= 0.95 ? 'certain' : score >= 0.85 ? 'strong' : 'review',
})

export const VERDICTS = {
  new: { verdict: 'new', matches: [] },
  yours: {
    verdict: 'yours',
    matches: [match('c-001', 1, ['uscc', 'name'])],
    customerId: 'c-001',
    holder: {
      claimant: 'rep-li',
      protectedUntil: '2026-05-02T09:00:00+08:00',
      status: 'registered-protected',
    },
  },
  blocked: {
    verdict: 'blocked',
    matches: [match('c-001', 0.97, ['uscc', 'name', 'phone'])],
    customerId: 'c-001',
    holder: {
      claimant: 'rep-wang',
      protectedUntil: '2026-04-27T09:30:00+08:00',
      status: 'registered-protected',
    },
  },
  open: {
    verdict: 'open',
    matches: [match('c-003', 0.92, ['name', 'phone'])],
    customerId: 'c-003',
    holder: { claimant: 'rep-zhao', protectedUntil: null, status: 'registered-unprotected' },
  },
  review: {
    verdict: 'review',
    matches: [match('c-001', 0.78, ['name']), match('c-002', 0.71, ['name', 'address'])],
  },
} satisfies Record<Check['verdict'], Check>

/** Customers the registry lookup knows, with the facts `deriveState` would give at the stories' `now`. */
const REGISTRY = [
  {
    id: 'c-001',
    profile: { name: '深圳市思萨科技股份有限公司', uscc: '914403001922038216', phone: '0755-88886666' },
    facts: { status: 'registered-protected', owner: 'rep-wang', protectedUntil: '2026-04-27T09:30:00+08:00' },
  },
  {
    id: 'c-003',
    profile: { name: '广州市白云日化有限公司', phone: '13800138000' },
    facts: { status: 'cooperating-protected', owner: 'rep-li', protectedUntil: '2026-06-02T00:00:00+08:00' },
  },
  {
    id: 'c-004',
    profile: { name: '佛山美佳超市连锁有限公司', phone: '0757-83331234' },
    facts: { status: 'registered-unprotected', owner: 'rep-zhao', protectedUntil: null },
  },
] as const

/**
 * A lookup over a small in-memory registry: the kit then runs the core's `checkRegistration`
 * (real matching: try 思萨科技(深圳)有限公司, 白云日化, or the phone 138 0013 8000).
 */
export function registryLookup(delayMs = 120): ScreeningLookup {
  const index = createCustomerIndex()
  for (const customer of REGISTRY) index.add(customer.id, customer.profile)
  const facts = new Map<string, (typeof REGISTRY)[number]['facts']>(REGISTRY.map((c) => [c.id, c.facts]))
  return (_candidate, { signal }) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => resolve({ index, stateOf: (id) => facts.get(id) }), delayMs)
      signal.addEventListener('abort', () => {
        clearTimeout(timer)
        reject(signal.reason)
      })
    })
}
