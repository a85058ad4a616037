// A sample event history (the audit log) of one customer, as the core records it.
import type { TimelineEvent } from '@baobei/react'

const event = (
  n: number,
  type: string,
  at: string,
  actor: string,
  rest: Record<string, unknown> = {},
): TimelineEvent => ({
  id: `c-001:${n}`,
  customerId: 'c-001',
  type,
  at,
  actor,
  ...rest,
})

export const HISTORY: TimelineEvent[] = [
  event(0, 'registered', '2025-11-02T09:12:00+08:00', 'rep-li', { claimant: 'rep-li' }),
  event(1, 'visit-logged', '2025-11-10T14:00:00+08:00', 'rep-li', { claimant: 'rep-li' }),
  event(2, 'payment-recorded', '2025-12-01T11:30:00+08:00', 'fin-1', { claimant: 'rep-li', amount: 58000 }),
  event(3, 'conflict-opened', '2026-01-12T10:00:00+08:00', 'mgr-east', {
    kind: 'collision',
    claimants: ['rep-li', 'rep-zhao'],
  }),
  event(4, 'conflict-resolved', '2026-01-13T17:20:00+08:00', 'mgr-east', {
    resolution: { kind: 'award', claimant: 'rep-li' },
    reason: '李明报备在先,且有预约带访记录',
  }),
  event(5, 'violation-recorded', '2026-01-13T17:25:00+08:00', 'mgr-east', {
    claimant: 'rep-zhao',
    violation: 'unregistered-visit',
  }),
  event(6, 'payment-recorded', '2026-02-20T15:00:00+08:00', 'fin-1', { claimant: 'rep-li', amount: 120000 }),
]
