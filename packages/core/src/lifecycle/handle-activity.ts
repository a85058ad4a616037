import { windowEnd } from '../time/index'
import type { Command } from './commands'
import {
  accept,
  actsFor,
  type Ctx,
  type Decision,
  deadlineAt,
  endMs,
  eventBase,
  facts,
  followUpFrom,
  hasRole,
  iso,
  notAuthorized,
  plus,
  protection,
  refuse,
  scopeFor,
  view,
} from './context'
import type { Claim } from './state'

type OwnedClaim = { scope: string; claim: Claim }

/** The claimant's live claim, or the rejection saying why there is none. */
function ownedClaim(ctx: Ctx, command: Command, claimant: string): OwnedClaim | Decision {
  const scope = scopeFor(ctx, command, claimant)
  const claim = facts(ctx, scope).claim
  if (!claim) return refuse('no-claim', 'nobody holds this customer', {})
  const v = view(ctx, scope)
  if (claim.claimant !== claimant || v.flags.inPool) {
    return refuse('not-owner', `${claimant} does not hold this customer`, { owner: v.owner })
  }
  // Payments and activity count only from the start of the current claim (SPEC §2).
  if (ctx.atMs < Date.parse(claim.startedAt)) {
    return refuse('invalid-state', 'dated before the current claim started', {
      claimStartedAt: claim.startedAt,
    })
  }
  return { scope, claim }
}

const isDecision = (value: OwnedClaim | Decision): value is Decision => 'ok' in value

function requireProtected(ctx: Ctx, claim: Claim): Decision | null {
  const p = protection(ctx, claim)
  return p.protected ? null : refuse('not-protected', 'protection has lapsed', { protectedUntil: p.end })
}

/** `log-visit`: records a visit; the owner's visit renews protection (顺延) when the policy says so. */
export function logVisit(ctx: Ctx, command: Extract<Command, { type: 'log-visit' }>): Decision {
  const { claimant } = command
  if (!actsFor(ctx, claimant)) return notAuthorized(ctx)
  const scope = scopeFor(ctx, command, claimant)
  const claim = facts(ctx, scope).claim
  const renewal = ctx.policy.renewals.visit
  const brought = command.brought ?? false
  let extension = {}
  if (
    renewal &&
    claim?.claimant === claimant &&
    protection(ctx, claim).protected &&
    (brought || !renewal.requireBrought)
  ) {
    const end = windowEnd(ctx.atMs, renewal.extendsBy, ctx.policy.timeZone)
    if (end > endMs(claim.until)) extension = deadlineAt(ctx, end)
  }
  return accept({
    type: 'visit-logged',
    ...eventBase(ctx, scope),
    claimant,
    ...(command.region ? { region: command.region } : {}),
    appointment: command.appointment ?? false,
    brought,
    ...extension,
  })
}

/** `log-follow-up`: the owner's follow-up; sets the next one due by grade (源华 H/A/B/C). */
export function logFollowUp(ctx: Ctx, command: Extract<Command, { type: 'log-follow-up' }>): Decision {
  if (!actsFor(ctx, command.claimant)) return notAuthorized(ctx)
  const owned = ownedClaim(ctx, command, command.claimant)
  if (isDecision(owned)) return owned
  const lapsed = requireProtected(ctx, owned.claim)
  if (lapsed) return lapsed
  const grade =
    command.grade ?? owned.claim.profile?.grade ?? ctx.policy.renewals.followUp?.defaultGrade ?? 'C'
  return accept({
    type: 'follow-up-logged',
    ...eventBase(ctx, owned.scope),
    claimant: command.claimant,
    grade,
    ...(command.note ? { note: command.note } : {}),
    ...followUpFrom(ctx, grade),
  })
}

/**
 * Payments and deposits: recorded by finance, a manager or the claimant, on the claimant's live claim.
 * A lapsed or released claim is not revived by money: the claimant files again (SPEC §2 ②, ⑤).
 */
function protectedClaimForMoney(
  ctx: Ctx,
  command: Extract<Command, { type: 'record-payment' | 'record-deposit' }>,
): OwnedClaim | Decision {
  if (!actsFor(ctx, command.claimant, ctx.policy.financeRoles))
    return notAuthorized(ctx, [...ctx.policy.managerRoles, ...ctx.policy.financeRoles])
  const owned = ownedClaim(ctx, command, command.claimant)
  if (isDecision(owned)) return owned
  return requireProtected(ctx, owned.claim) ?? owned
}

/** `record-payment`: a payment (回款) in the claim: cooperating ③, then ④ and ⑤ without more. */
export function recordPayment(ctx: Ctx, command: Extract<Command, { type: 'record-payment' }>): Decision {
  const owned = protectedClaimForMoney(ctx, command)
  if (isDecision(owned)) return owned
  const { warnAfter, releaseAfter } = ctx.policy.cooperation
  const release = deadlineAt(ctx, plus(ctx, ctx.atMs, releaseAfter))
  const warnFrom = warnAfter ? iso(ctx, plus(ctx, ctx.atMs, warnAfter)) : null
  // A later window (a deposit, an extension) still holds after the payment.
  const keep = endMs(owned.claim.until) > endMs(release.until)
  return accept({
    type: 'payment-recorded',
    ...eventBase(ctx, owned.scope),
    claimant: command.claimant,
    amount: command.amount,
    warnFrom,
    ...(keep ? { until: owned.claim.until, expiringFrom: owned.claim.expiringFrom } : release),
  })
}

/** `record-deposit`: a deposit (定金) protects for its own window (seed 003: 90 days). */
export function recordDeposit(ctx: Ctx, command: Extract<Command, { type: 'record-deposit' }>): Decision {
  const owned = protectedClaimForMoney(ctx, command)
  if (isDecision(owned)) return owned
  const window = ctx.policy.renewals.deposit?.window
  const end = window ? windowEnd(ctx.atMs, window, ctx.policy.timeZone) : null
  return accept({
    type: 'deposit-recorded',
    ...eventBase(ctx, owned.scope),
    claimant: command.claimant,
    ...(command.amount !== undefined ? { amount: command.amount } : {}),
    ...(end !== null && end > endMs(owned.claim.until) ? deadlineAt(ctx, end) : {}),
  })
}

/** `extend`: an approved extension on request (续延), inside the window, at most `maxTimes`. */
export function extend(ctx: Ctx, command: Extract<Command, { type: 'extend' }>): Decision {
  const rules = ctx.policy.extension
  if (!hasRole(ctx.actor, rules.approverRoles)) return notAuthorized(ctx, rules.approverRoles)
  const owned = ownedClaim(ctx, command, command.claimant)
  if (isDecision(owned)) return owned
  const lapsed = requireProtected(ctx, owned.claim)
  if (lapsed) return lapsed
  if (owned.claim.extensions >= rules.maxTimes) {
    return refuse('extension-limit-reached', `at most ${rules.maxTimes} extensions`, {
      limit: rules.maxTimes,
    })
  }
  const current = protection(ctx, owned.claim).end
  if (current === null) return refuse('invalid-state', 'protection has no end to extend', {})
  return accept({
    type: 'extended',
    ...eventBase(ctx, owned.scope),
    claimant: command.claimant,
    times: owned.claim.extensions + 1,
    ...deadlineAt(ctx, plus(ctx, endMs(current), command.by ?? rules.by)),
  })
}
