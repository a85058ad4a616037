import { scopeOf } from '../policy/scope'
import type { Command } from './commands'
import {
  accept,
  actsFor,
  type Ctx,
  cooldown,
  type Decision,
  eventBase,
  facts,
  followUpFrom,
  isManager,
  notAuthorized,
  quotaExceeded,
  refuse,
  scopeFor,
  view,
  windowFrom,
} from './context'
import { checkAvailable } from './handle-registration'

/** `release`: the owner gives a customer up, or a manager releases it, to open or to the pool. */
export function release(ctx: Ctx, command: Extract<Command, { type: 'release' }>): Decision {
  const scope = scopeFor(ctx, command)
  const claim = facts(ctx, scope).claim
  const v = view(ctx, scope)
  if (!claim || v.flags.inPool || claim.released) return refuse('no-claim', 'nobody holds this customer', {})
  if (claim.claimant !== ctx.actor.id && !isManager(ctx)) return notAuthorized(ctx)
  if (claim.locked) return refuse('locked', 'a locked customer is exempt from release', {})
  return accept({
    type: 'released',
    ...eventBase(ctx, scope),
    claimant: claim.claimant,
    to: command.to ?? ctx.policy.release.to,
    reason: 'manual',
    ...(command.reason ? { note: command.reason } : {}),
  })
}

/** `claim`: a claimant takes a pool (公海) customer, within the daily limit and after any cooldown. */
export function claimFromPool(ctx: Ctx, command: Extract<Command, { type: 'claim' }>): Decision {
  const { claimant } = command
  if (!actsFor(ctx, claimant)) return notAuthorized(ctx)
  const scope = scopeFor(ctx, command)
  if (!view(ctx, scope).flags.inPool) return refuse('not-in-pool', 'the customer is not in the pool', {})
  const limit = ctx.policy.limits.poolClaimsPerDay
  if (limit !== null && (ctx.ledger.poolClaimsToday ?? 0) >= limit) {
    return refuse('daily-limit-reached', `at most ${limit} pool claims per day`, { limit })
  }
  const refused = cooldown(ctx, scope, claimant) ?? quotaExceeded(ctx)
  if (refused) return refused
  const registration = ctx.policy.registration
  const window = registration.kinds[registration.defaultKind]?.window ?? registration.window
  return accept({
    type: 'claimed',
    ...eventBase(ctx, scope),
    claimant,
    ...windowFrom(ctx, window),
    ...followUpFrom(ctx, facts(ctx, scope).claim?.profile?.grade),
  })
}

/** `transfer`: a manager hands the claim over (离职交接) or reassigns it; payments stay with the claim. */
export function transfer(ctx: Ctx, command: Extract<Command, { type: 'transfer' }>): Decision {
  if (!isManager(ctx)) return notAuthorized(ctx)
  const scope = scopeFor(ctx, command)
  const claim = facts(ctx, scope).claim
  if (!claim || view(ctx, scope).flags.inPool) return refuse('no-claim', 'nobody holds this customer', {})
  if (claim.claimant === command.to) {
    return refuse('already-owner', `${command.to} already holds this customer`, {
      protectedUntil: view(ctx, scope).protectedUntil,
    })
  }
  return accept({
    type: 'transferred',
    ...eventBase(ctx, scope),
    from: claim.claimant,
    claimant: command.to,
    reason: command.reason,
  })
}

/** `lock` / `unlock`: a manager exempts a claim from release, or ends the exemption. */
export function setLock(ctx: Ctx, command: Extract<Command, { type: 'lock' | 'unlock' }>): Decision {
  if (!isManager(ctx)) return notAuthorized(ctx)
  const scope = scopeFor(ctx, command)
  const claim = facts(ctx, scope).claim
  if (!claim) return refuse('no-claim', 'nobody holds this customer', {})
  const locking = command.type === 'lock'
  if (claim.locked === locking)
    return refuse('invalid-state', `already ${locking ? 'locked' : 'unlocked'}`, {})
  const base = eventBase(ctx, scope)
  const reason = command.reason ? { reason: command.reason } : {}
  return accept(locking ? { type: 'locked', ...base, ...reason } : { type: 'unlocked', ...base, ...reason })
}

/** Who a walk-in (自然到访) belongs to under the policy: the named rep, the house, or the rotation. */
function walkInClaimant(ctx: Ctx, command: Extract<Command, { type: 'attribute-walk-in' }>) {
  const { mode, house } = ctx.policy.walkIns
  const next = (command.rotation ?? ctx.ledger.rotation ?? [])[0]
  if (mode === 'rotation') return next ? { claimant: next, servedBy: next } : null
  if (mode === 'house') return { claimant: house, servedBy: next }
  return { claimant: command.namedRep ?? house, servedBy: command.namedRep ?? next }
}

/** `attribute-walk-in`: records who a customer who arrived unprompted belongs to. */
export function attributeWalkIn(
  ctx: Ctx,
  command: Extract<Command, { type: 'attribute-walk-in' }>,
): Decision {
  const scope = scopeOf(ctx.policy, { actor: ctx.actor, profile: command.profile, scope: command.scope })
  const who = walkInClaimant(ctx, command)
  if (!who) return refuse('missing-required-fields', 'the rotation is empty', { fields: ['rotation'] })
  const unavailable = checkAvailable(ctx, scope, who.claimant)
  if (unavailable) return unavailable
  return accept({
    type: 'walk-in-attributed',
    ...eventBase(ctx, scope),
    claimant: who.claimant,
    mode: ctx.policy.walkIns.mode,
    ...(who.servedBy ? { servedBy: who.servedBy } : {}),
    profile: command.profile,
    ...windowFrom(ctx, ctx.policy.walkIns.window),
  })
}
