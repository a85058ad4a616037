import type * as z from 'zod/mini'

/**
 * One problem in some input: a dotted path and what is wrong there.
 *
 * @example
 * const issue: InputIssue = { path: 'command.profile.name', message: 'expected string, received undefined' }
 */
export type InputIssue = { path: string; message: string }

const received = (input: unknown) => (input === null ? 'null' : Array.isArray(input) ? 'array' : typeof input)

/**
 * Says what was expected (zod/mini ships no messages: its locales are opt-in and global, so the
 * core passes this map to each parse instead). Number ranges and formats are refinements in the
 * core, which carry their own message.
 */
export function describeIssue(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}, received ${received(issue.input)}`
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`
    case 'invalid_union':
      return 'matches none of the allowed shapes (check `type` or `kind`)'
    default:
      return undefined
  }
}

/** Zod issues as `{ path, message }` with dotted paths under an optional prefix. */
export function toIssues(
  error: { issues: readonly { path: PropertyKey[]; message: string }[] },
  prefix = '',
): InputIssue[] {
  return error.issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].filter(Boolean).join('.'),
    message: issue.message,
  }))
}
