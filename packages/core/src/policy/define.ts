import { describeIssue, toIssues } from '../model/issues'
import { DurationSchema } from '../time/index'
import { DEFAULT_POLICY } from './defaults'
import { PolicyError } from './error'
import { type Policy, type PolicyInput, PolicySchema } from './schema'

// Policies built here, so a defined policy passed back in is returned as is.
const defined = new WeakSet<object>()

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

const DURATION_UNITS = new Set(Object.keys(DurationSchema.shape))

// A duration is one value: `{ days: 20 }` over `{ months: 3 }` means 20 days, not 3 months 20 days.
function isDuration(value: Record<string, unknown>): boolean {
  const keys = Object.keys(value)
  return keys.length > 0 && keys.every((key) => DURATION_UNITS.has(key))
}

// Objects merge key by key; durations, arrays, null and primitives replace the default; undefined keeps it.
function merge(base: unknown, patch: unknown): unknown {
  if (patch === undefined) return base
  if (!isPlainObject(base) || !isPlainObject(patch) || isDuration(patch)) return patch
  const out: Record<string, unknown> = { ...base }
  for (const [key, value] of Object.entries(patch)) out[key] = merge(base[key], value)
  return out
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const child of Object.values(value)) deepFreeze(child)
  }
  return value
}

/**
 * Builds a policy: deep-merges a partial over the defaults (seed 000's canonical rules), validates
 * it and returns it frozen. Throws a `PolicyError` naming each offending path.
 *
 * @example
 * const policy = definePolicy({ registration: { window: { duration: { months: 6 } } }, release: { to: 'pool' } })
 * definePolicy(policy) === policy // true
 */
export function definePolicy(input: PolicyInput = {}): Policy {
  if (defined.has(input)) return input as Policy
  if (!isPlainObject(input)) throw new PolicyError([{ path: '', message: 'expected an object' }])
  const result = PolicySchema.safeParse(merge(DEFAULT_POLICY, input), { error: describeIssue })
  if (!result.success) {
    throw new PolicyError(toIssues(result.error))
  }
  const policy = deepFreeze(result.data)
  defined.add(policy)
  return policy
}

/** Whether a value was built by `definePolicy` (internal: lets `decide` skip re-validating it). */
export function isDefinedPolicy(value: unknown): value is Policy {
  return typeof value === 'object' && value !== null && defined.has(value)
}
