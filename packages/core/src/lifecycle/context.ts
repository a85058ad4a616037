import type { Actor } from '../model/actor'
import type { Policy } from '../policy/schema'
import {
  addDuration,
  type Duration,
  formatInstant,
  subtractDuration,
  type Window,
  windowEnd,
} from '../time/index'
import type { Command, Ledger } from './commands'
import type { Event } from './events'
import { type Rejection, rejection } from './rejection'
import type { Claim, Deadline, LifecycleState, ScopeFacts } from './state'
import { isProtectedStatus, type Protection, protectionOf, type ScopeState, viewScope } from './view'

/** Everything a command handler needs, validated (internal). */
export type Ctx = {
  state: LifecycleState
  policy: Policy
  actor: Actor
  ledger: Ledger
  /** When the command's fact happened (`command.at ?? now`). */
  at: string
  atMs: number
  /** `at` in canonical shape, for string comparisons with recorded deadlines. */
  instant: string
  customerId: string
  /** Position of the next event in the history. */
  position: number
}

/**
 * What `decide` returns: the events to append, or a rejection.
 *
 * @example
 * const decision: Decision = decide(command, context)
 * if (decision.ok) history.push(...decision.events)
 */
export type Decision = { ok: true; events: Event[] } | { ok: false; rejection: Rejection }

/** An accepted decision. */
export const accept = (...events: Event[]): Decision => ({ ok: true, events })
/** A rejected decision (see `REJECTION_CODES`). */
export const refuse = (...args: Parameters<typeof rejection>): Decision => ({
  ok: false,
  rejection: rejection(...args),
})

type Base = { id: string; customerId: string; at: string; actor: string; scope: string }

/** The common fields of the next event. */
export function eventBase(ctx: Ctx, scope: string): Base {
  return {
    id: `${ctx.customerId}:${ctx.position}`,
    customerId: ctx.customerId,
    at: ctx.at,
    actor: ctx.actor.id,
    scope,
  }
}

/** Whether the actor has one of the roles. */
export function hasRole(actor: Actor, roles: readonly string[]): boolean {
  return actor.roles.some((role) => roles.includes(role))
}

/** Whether the actor has one of the policy's manager roles. */
export function isManager(ctx: Ctx): boolean {
  return hasRole(ctx.actor, ctx.policy.managerRoles)
}

/** The actor acts for themself, or is a manager acting for someone. */
export function actsFor(ctx: Ctx, claimant: string, extraRoles: readonly string[] = []): boolean {
  return ctx.actor.id === claimant || isManager(ctx) || hasRole(ctx.actor, extraRoles)
}

/** The `not-authorized` rejection, naming the roles that would do. */
export function notAuthorized(ctx: Ctx, roles: readonly string[] = ctx.policy.managerRoles): Decision {
  return refuse('not-authorized', `actor ${ctx.actor.id} may not do this`, { requiredRoles: [...roles] })
}

/** A scope's facts (empty when the scope was never used). */
export function facts(ctx: Ctx, scope: string): ScopeFacts {
  return ctx.state.scopes[scope] ?? { claim: null, pending: [] }
}

/** A scope as it stands at the command's instant. */
export function view(ctx: Ctx, scope: string): ScopeState {
  return viewScope(facts(ctx, scope), scope, ctx.policy, ctx.instant)
}

/** A claim's protection at the command's instant. */
export function protection(ctx: Ctx, claim: Claim): Protection {
  return protectionOf(claim, ctx.policy, ctx.instant)
}

/** Epoch ms of a deadline (null = no end = +∞). */
export function endMs(deadline: Deadline): number {
  return deadline === null ? Number.POSITIVE_INFINITY : Date.parse(deadline)
}

/** The scope a command about a claimant refers to: named, else where they hold or filed, else the main one. */
export function scopeFor(ctx: Ctx, command: Command, claimant?: string): string {
  if (command.scope) return command.scope
  const scopes = ctx.state.scopes
  if (claimant) {
    for (const key in scopes) {
      const f = scopes[key] as ScopeFacts
      if (f.claim?.claimant === claimant || f.pending.some((p) => p.claimant === claimant)) return key
    }
  }
  if (ctx.policy.scope === 'company' && scopes.company) return 'company'
  return ctx.state.latestScope ?? 'company'
}

/** An epoch instant as the core records it (ISO-8601 with the policy zone's offset). */
export const iso = (ctx: Ctx, ms: number): string => formatInstant(ms, ctx.policy.timeZone)

/** `until` and `expiringFrom` for protection ending at `endMs` (null = no end). */
export function deadlineAt(
  ctx: Ctx,
  endMs: number | null,
): { until: string | null; expiringFrom: string | null } {
  if (endMs === null) return { until: null, expiringFrom: null }
  return {
    until: iso(ctx, endMs),
    expiringFrom: iso(ctx, subtractDuration(endMs, ctx.policy.warningLead, ctx.policy.timeZone)),
  }
}

/** Deadlines of a window starting at the command's instant. */
export function windowFrom(
  ctx: Ctx,
  window: Window | null,
): { until: string | null; expiringFrom: string | null } {
  return deadlineAt(ctx, window ? windowEnd(ctx.atMs, window, ctx.policy.timeZone) : null)
}

/** `from + duration` in the policy zone's calendar. */
export function plus(ctx: Ctx, fromMs: number, duration: Duration): number {
  return addDuration(fromMs, duration, ctx.policy.timeZone)
}

/** The next follow-up due after the command's instant for a grade, when the policy has a cadence. */
export function followUpFrom(
  ctx: Ctx,
  grade: 'H' | 'A' | 'B' | 'C' | undefined,
): { followUpDue?: string; followUpWarnFrom?: string } {
  const followUp = ctx.policy.renewals.followUp
  if (!followUp) return {}
  const due = plus(ctx, ctx.atMs, followUp.cadence[grade ?? followUp.defaultGrade])
  const { until, expiringFrom } = deadlineAt(ctx, due)
  return { followUpDue: until as string, followUpWarnFrom: expiringFrom as string }
}

/** A claimant over their active-customer quota. */
export function quotaExceeded(ctx: Ctx): Decision | null {
  const limit = ctx.policy.limits.activeProtected
  if (limit !== null && (ctx.ledger.activeProtected ?? 0) >= limit) {
    return refuse('quota-exceeded', `at most ${limit} protected customers per claimant`, { limit })
  }
  return null
}

/** A previous owner taking a released customer back too soon. */
export function cooldown(ctx: Ctx, scope: string, claimant: string): Decision | null {
  const wait = ctx.policy.limits.previousOwnerCooldown
  const claim = facts(ctx, scope).claim
  if (!wait || !claim || claim.claimant !== claimant) return null
  const p = protection(ctx, claim)
  if (p.protected) return null
  const releasedAt = claim.released ? Date.parse(claim.released.at) : endMs(p.end)
  const until = plus(ctx, releasedAt, wait)
  if (ctx.atMs >= until) return null
  return refuse('previous-owner-cooldown', 'a previous owner must wait before taking the customer back', {
    until: iso(ctx, until),
  })
}

/** The holder blocking a new claim in a scope (or company-wide), as a rejection. */
export function blockedBy(ctx: Ctx, scope: string, claimant: string): Decision | null {
  const scopes = scope === 'company' ? [scope] : [scope, 'company']
  for (const key of scopes) {
    const v = view(ctx, key)
    const holder = v.claim?.claimant
    if (!holder || !isProtectedStatus(v.status)) continue
    if (holder === claimant) {
      return refuse('already-owner', `${claimant} already holds this customer`, {
        protectedUntil: v.protectedUntil,
      })
    }
    // A filing protected from its submission still awaits approval: say so, it keeps priority.
    const claim = facts(ctx, key).claim
    if (claim && !claim.approved) {
      return refuse('pending-approval-by-other', `an earlier filing by ${holder} awaits approval`, {
        claimant: holder,
        submittedAt: claim.startedAt,
      })
    }
    return refuse('protected-by-other', `protected for ${holder}`, {
      owner: holder,
      protectedUntil: v.protectedUntil,
      scope: key,
    })
  }
  return null
}
