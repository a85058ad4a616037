import type * as z from 'zod/mini'
import { ActorSchema } from '../model/actor'
import { InstantSchema } from '../model/instant'
import { describeIssue, type InputIssue as Issue, toIssues } from '../model/issues'
import { isDefinedPolicy } from '../policy/define'
import { type Policy, PolicySchema } from '../policy/schema'
import { canonicalInstant } from '../time/compare'
import { type Command, CommandSchema, type Ledger, LedgerSchema } from './commands'
import { type Ctx, type Decision, refuse } from './context'
import { type Event, HistorySchema } from './events'
import { replay } from './fold'
import { extend, logFollowUp, logVisit, recordDeposit, recordPayment } from './handle-activity'
import { openConflict, recordViolation, resolveConflict } from './handle-conflicts'
import { attributeWalkIn, claimFromPool, release, setLock, transfer } from './handle-ownership'
import { approve, register, rejectFiling } from './handle-registration'

export type { Decision } from './context'

/**
 * What `decide` needs besides the command.
 *
 * @example
 * const context: DecideContext = { history, policy: presets.dailyChemical, now: '2026-03-01T09:00:00+08:00', actor }
 */
export type DecideContext = {
  /** The customer's events so far, oldest first. */
  history: readonly Event[]
  policy: Policy
  /** The current instant (ISO-8601 with offset): the core never reads the clock. */
  now: string
  actor: z.infer<typeof ActorSchema>
  ledger?: Ledger
}

function check<T>(schema: z.ZodMiniType<T>, value: unknown, prefix: string, issues: Issue[]): T | undefined {
  const result = schema.safeParse(value, { error: describeIssue })
  if (result.success) return result.data
  issues.push(...toIssues(result.error, prefix))
  return undefined
}

// Validates everything at the boundary so handlers can trust their inputs; never throws.
function validate(command: unknown, context: DecideContext): { ctx: Ctx; command: Command } | Issue[] {
  const issues: Issue[] = []
  const parsed = check(CommandSchema, command, 'command', issues)
  const now = check(InstantSchema, context?.now, 'now', issues)
  const actor = check(ActorSchema, context?.actor, 'actor', issues)
  const history = check(HistorySchema, context?.history, 'history', issues)
  const ledger = check(LedgerSchema, context?.ledger ?? {}, 'ledger', issues)
  const policy = isDefinedPolicy(context?.policy)
    ? context.policy
    : check(PolicySchema, context?.policy, 'policy', issues)
  if (!parsed || !now || !actor || !history || !ledger || !policy) return issues
  const at = parsed.at ?? now
  if (Date.parse(at) > Date.parse(now)) issues.push({ path: 'command.at', message: 'must not be after now' })
  const stranger = history.findIndex((e) => e.customerId !== parsed.customerId)
  if (stranger !== -1)
    issues.push({ path: `history.${stranger}.customerId`, message: 'belongs to another customer' })
  if (issues.length > 0) return issues
  const state = replay(history)
  const ctx: Ctx = {
    state,
    policy,
    actor,
    ledger,
    at,
    atMs: Date.parse(at),
    instant: canonicalInstant(at),
    customerId: parsed.customerId,
    position: history.length,
  }
  return { ctx, command: parsed }
}

type Handler<T extends Command['type']> = (ctx: Ctx, command: Extract<Command, { type: T }>) => Decision

// One handler per command type; the mapped type makes a missing one a compile error.
const handlers: { [T in Command['type']]: Handler<T> } = {
  register,
  approve,
  reject: rejectFiling,
  'log-visit': logVisit,
  'log-follow-up': logFollowUp,
  'record-payment': recordPayment,
  'record-deposit': recordDeposit,
  extend,
  release,
  claim: claimFromPool,
  transfer,
  lock: setLock,
  unlock: setLock,
  'attribute-walk-in': attributeWalkIn,
  'open-conflict': openConflict,
  'resolve-conflict': resolveConflict,
  'record-violation': recordViolation,
}

function dispatch(ctx: Ctx, command: Command): Decision {
  return (handlers[command.type] as Handler<Command['type']>)(ctx, command)
}

/**
 * Decides a command against a customer's history: the events to append, or a rejection with a
 * stable `code` and the facts that explain it. Malformed input (command, `now`, actor, history,
 * ledger, policy) is rejected as `invalid-input` with the zod issues; `decide` never throws.
 *
 * @example
 * const result = decide(
 *   { type: 'register', customerId: 'c1', claimant: 'rep-1', profile: { name: '思萨日化', phone: '13300003333' } },
 *   { history, policy: presets.dailyChemical, now: '2026-01-31T10:00:00+08:00', actor: { id: 'rep-1', roles: [] } },
 * )
 * if (result.ok) await store.append('c1', result.events, history.length)
 * else console.log(result.rejection.code) // e.g. 'protected-by-other'
 */
export function decide(command: Command, context: DecideContext): Decision {
  try {
    const valid = validate(command, context)
    if (Array.isArray(valid)) return refuse('invalid-input', 'the input is malformed', { issues: valid })
    return dispatch(valid.ctx, valid.command)
  } catch (error) {
    // Last line of defence: a host's odd input (e.g. a throwing getter) must not escape as a crash.
    return refuse('invalid-input', 'the input could not be read', {
      issues: [{ path: '', message: error instanceof Error ? error.message : String(error) }],
    })
  }
}
