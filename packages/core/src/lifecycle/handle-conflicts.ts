import type { Command } from './commands'
import {
  accept,
  type Ctx,
  type Decision,
  eventBase,
  facts,
  hasRole,
  isManager,
  notAuthorized,
  protection,
  refuse,
  scopeFor,
  windowFrom,
} from './context'
import type { ConflictFacts } from './state'

/** `open-conflict`: a manager or one of the claimants records a conflict (撞单). */
export function openConflict(ctx: Ctx, command: Extract<Command, { type: 'open-conflict' }>): Decision {
  if (!isManager(ctx) && !command.claimants.includes(ctx.actor.id)) return notAuthorized(ctx)
  if (ctx.state.conflicts.some((c) => c.id === command.conflictId)) {
    return refuse('invalid-state', `conflict ${command.conflictId} already exists`, {})
  }
  return accept({
    type: 'conflict-opened',
    ...eventBase(ctx, scopeFor(ctx, command)),
    conflictId: command.conflictId,
    kind: command.kind,
    claimants: command.claimants,
    ...(command.region ? { region: command.region } : {}),
    ...(command.note ? { note: command.note } : {}),
  })
}

/** Roles allowed to resolve: the arbitrators, from the one it was escalated to onwards. */
function arbitratorRoles(ctx: Ctx, conflict: ConflictFacts): string[] {
  const arbitrators = ctx.policy.conflicts.arbitrators
  const all = arbitrators.length > 0 ? arbitrators : ctx.policy.managerRoles
  if (!conflict.escalatedTo) return all
  const from = all.indexOf(conflict.escalatedTo)
  return from === -1 ? [conflict.escalatedTo] : all.slice(from)
}

/**
 * 源华 / seed 003: a dispute is settled only after the customer has left, so nobody argues in front
 * of them. Escalating is not settling and needs no departure.
 */
function customerStillPresent(
  ctx: Ctx,
  command: Extract<Command, { type: 'resolve-conflict' }>,
  conflict: ConflictFacts,
): Decision | null {
  if (!ctx.policy.conflicts.settleAfterCustomerLeaves || command.resolution.kind === 'escalate') return null
  const leftAt = command.customerLeftAt ?? conflict.customerLeftAt
  if (leftAt !== null && Date.parse(leftAt) <= ctx.atMs) return null
  return refuse('customer-not-left', 'disputes are settled after the customer has left', {
    conflictId: conflict.id,
    customerLeftAt: leftAt,
  })
}

/** `resolve-conflict`: an arbitrator awards, splits, invalidates, pools or escalates. */
export function resolveConflict(ctx: Ctx, command: Extract<Command, { type: 'resolve-conflict' }>): Decision {
  const conflict = ctx.state.conflicts.find((c) => c.id === command.conflictId)
  if (!conflict) {
    return refuse('unknown-conflict', `no conflict ${command.conflictId}`, { conflictId: command.conflictId })
  }
  if (conflict.status === 'resolved') return refuse('invalid-state', 'the conflict is already resolved', {})
  const roles = arbitratorRoles(ctx, conflict)
  if (!hasRole(ctx.actor, roles)) return notAuthorized(ctx, roles)
  const present = customerStillPresent(ctx, command, conflict)
  if (present) return present
  const scope = command.scope ?? conflict.scope
  const { kind } = command.resolution
  // An award with nobody protected on the customer starts a new claim with a fresh window.
  const held = facts(ctx, scope).claim
  const startsClaim = (kind === 'award' || kind === 'split') && (!held || !protection(ctx, held).protected)
  return accept({
    type: 'conflict-resolved',
    ...eventBase(ctx, scope),
    conflictId: command.conflictId,
    resolution: command.resolution,
    reason: command.reason,
    ...(command.customerLeftAt ? { customerLeftAt: command.customerLeftAt } : {}),
    ...(startsClaim ? windowFrom(ctx, ctx.policy.registration.window) : {}),
  })
}

/** `record-violation`: a manager records a breach; the nth one of a kind gets the nth rung of its ladder. */
export function recordViolation(ctx: Ctx, command: Extract<Command, { type: 'record-violation' }>): Decision {
  if (!isManager(ctx)) return notAuthorized(ctx)
  const rule = ctx.policy.violations[command.violation]
  if (!rule) {
    return refuse('unknown-violation', `the policy has no violation ${command.violation}`, {
      violation: command.violation,
    })
  }
  const earlier =
    ctx.ledger.violations?.[command.violation] ??
    ctx.state.violations.filter((v) => v.claimant === command.claimant && v.violation === command.violation)
      .length
  const nth = earlier + 1
  const sanction = rule.ladder[Math.min(nth, rule.ladder.length) - 1] ?? {}
  return accept({
    type: 'violation-recorded',
    ...eventBase(ctx, scopeFor(ctx, command, command.claimant)),
    claimant: command.claimant,
    violation: command.violation,
    ...(command.note ? { note: command.note } : {}),
    nth,
    sanction,
  })
}
