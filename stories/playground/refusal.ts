import type { Formatters, Messages } from '@baobei/react'
import type { Refusal } from './engine'
import { memberOf } from './sample'
import type { PlaygroundText } from './text'

/** Rejection facts that name a person, an instant, a list or a number, in the order they are shown. */
const PEOPLE = ['owner', 'claimant'] as const
const INSTANTS = ['protectedUntil', 'until', 'submittedAt', 'latestFilingAt', 'customerLeftAt'] as const
const LISTS = ['fields', 'requiredRoles'] as const

/** The facts of a rejection worth showing, formatted for the reader. */
function factsOf(refusal: Refusal, format: Formatters): string[] {
  const facts: string[] = []
  for (const key of PEOPLE) {
    const id = refusal[key]
    if (typeof id === 'string') facts.push(memberOf(id)?.name ?? id)
  }
  for (const key of INSTANTS) {
    const at = refusal[key]
    if (typeof at === 'string') facts.push(format.dateTime(at))
  }
  for (const key of LISTS) {
    const list = refusal[key]
    if (Array.isArray(list)) facts.push(list.join(', '))
  }
  if (typeof refusal.from === 'string' && typeof refusal.to === 'string')
    facts.push(`${refusal.from}–${refusal.to}`)
  if (typeof refusal.limit === 'number') facts.push(format.number(refusal.limit))
  return facts
}

/**
 * A refusal in the reader's language: the kit's text for the core's rejection code (or the core's own
 * English message for a code the kit has no text for), followed by the facts that explain it, such as
 * who holds the customer and until when. A new core rejection is therefore never hidden.
 * @example describeRefusal({ code: 'protected-by-other', owner: 'li-qiang' }, messages, format, text.actions)
 */
export function describeRefusal(
  refusal: Refusal,
  messages: Messages,
  format: Formatters,
  text: PlaygroundText['actions'],
): string {
  if (refusal.code === 'events-after-now') return text.eventsAfterNow
  if (refusal.code.startsWith('store-')) return text.storeRefused
  const base =
    messages.rejection[refusal.code] ?? (typeof refusal.message === 'string' ? refusal.message : refusal.code)
  const facts = factsOf(refusal, format)
  return text.rejected(facts.length > 0 ? `${base} — ${facts.join(' · ')}` : base)
}
