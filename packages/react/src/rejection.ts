import type { Rejection } from '@baobei/core'
import type { Formatters } from './format'
import type { Messages } from './messages'

/**
 * A rejection of `decide` in the user's language, with the facts that explain it (who holds the
 * customer and until when, the window, the limit, the missing fields).
 * @example
 * const { messages, format } = useBaobei()
 * if (!decision.ok) toast(describeRejection(decision.rejection, messages, format))
 */
export function describeRejection(
  rejection: Rejection,
  messages: Messages,
  format: Formatters,
  name: (claimantId: string) => string = (id) => id,
): string {
  // The core's English message is the fallback for a code the catalogue does not know.
  const base = messages.rejection[rejection.code] ?? rejection.message
  switch (rejection.code) {
    case 'protected-by-other':
      return `${base}: ${messages.screening.blocked(
        name(rejection.owner),
        rejection.protectedUntil ? format.dateTime(rejection.protectedUntil) : null,
      )}`
    case 'outside-submission-window':
      return messages.form.outsideWindow(rejection.from, rejection.to)
    case 'daily-limit-reached':
    case 'quota-exceeded':
    case 'extension-limit-reached':
      return `${base} (${rejection.limit})`
    case 'missing-required-fields':
      return `${base}: ${rejection.fields
        .map((field) => messages.fields[field as keyof Messages['fields']] ?? field)
        .join(', ')}`
    case 'previous-owner-cooldown':
      return `${base} (${format.dateTime(rejection.until)})`
    case 'pending-approval-by-other':
      return `${base}: ${name(rejection.claimant)}`
    default:
      return base
  }
}
