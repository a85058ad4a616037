import type { Policy, Resolution } from './core'
import type { Formatters } from './format'
import type { Messages } from './messages'
import { describeResolution } from './resolution'

/** An event as the core records it (`Event`), or a host's own; known fields are read when present. */
export type TimelineEvent = { type: string; id: string; at: string; actor?: string } & Record<string, unknown>

type Context = { messages: Messages; format: Formatters; policy: Policy; name: (id: string) => string }

const text = (value: unknown): string | null => (typeof value === 'string' && value ? value : null)

/**
 * The facts worth showing beside an event's name: who, how much, the new protection end, the
 * outcome, the reason. Host strings are returned as plain text (React escapes them).
 * @example
 * eventDetails({ type: 'payment-recorded', id: 'c:1', at, claimant: 'li', amount: 58000 }, context) // ['li', '58,000']
 */
export function eventDetails(event: TimelineEvent, { messages, format, policy, name }: Context): string[] {
  const m = messages.timeline
  const parts: string[] = []
  const claimant = text(event.claimant)
  const from = text(event.from)
  if (from && claimant) parts.push(`${name(from)} → ${name(claimant)}`)
  else if (claimant && claimant !== event.actor) parts.push(name(claimant))
  if (typeof event.amount === 'number') parts.push(format.number(event.amount))
  if (event.type === 'conflict-opened' && text(event.kind)) {
    parts.push(
      messages.conflict.kinds[event.kind as keyof Messages['conflict']['kinds']] ?? String(event.kind),
    )
  }
  if (isResolution(event.resolution)) parts.push(describeResolution(event.resolution, messages, name))
  const violation = text(event.violation)
  if (violation) parts.push(policy.violations[violation]?.label ?? violation)
  if (typeof event.nth === 'number') parts.push(m.nth(event.nth))
  const sanction = event.sanction as { fine?: unknown } | undefined
  if (typeof sanction?.fine === 'number') parts.push(m.fine(format.number(sanction.fine)))
  if (event.type === 'released') {
    const reason = text(event.reason)
    if (reason) parts.push(m.releaseReasons[reason] ?? reason)
    const to = event.to
    if (to === 'open' || to === 'pool') parts.push(m.releasedTo[to])
  } else if (text(event.reason)) {
    parts.push(String(event.reason))
  }
  const until = text(event.until)
  if (until) parts.push(messages.time.until(format.dateTime(until)))
  const note = text(event.note)
  if (note) parts.push(note)
  return parts
}

function isResolution(value: unknown): value is Resolution {
  return typeof value === 'object' && value !== null && typeof (value as { kind?: unknown }).kind === 'string'
}
