import type { CustomerProfile } from '../model/profile'
import type { RegistrationKind } from '../model/registration-kind'
import { scopeOf } from '../policy/scope'
import { formatInstant, subtractDuration, withinTimeRange } from '../time/index'
import type { Command } from './commands'
import {
  accept,
  actsFor,
  blockedBy,
  type Ctx,
  cooldown,
  type Decision,
  eventBase,
  facts,
  followUpFrom,
  hasRole,
  notAuthorized,
  quotaExceeded,
  refuse,
  view,
  windowFrom,
} from './context'
import type { ScopeFacts } from './state'

type Register = Extract<Command, { type: 'register' }>

// 正盛: "先生/女士" alone is no name; a masked or short number is no phone.
const TITLE_ONLY = /^(先生|女士|小姐|老板)?$/

function isBlank(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    (typeof value === 'string' && value.trim() === '') ||
    (Array.isArray(value) && value.length === 0)
  )
}

function missingFields(ctx: Ctx, profile: CustomerProfile): string[] {
  const missing: string[] = ctx.policy.registration.requiredFields.filter((field) => isBlank(profile[field]))
  if (ctx.policy.registration.rejectIncompleteContacts) {
    if (!missing.includes('name') && TITLE_ONLY.test(profile.name.trim())) missing.push('name')
    const digits = (profile.phone ?? '').replace(/\D/g, '')
    if (!missing.includes('phone') && (digits.length < 7 || (profile.phone ?? '').includes('*')))
      missing.push('phone')
  }
  return missing
}

/** Rules of the kind being filed, falling back to registration-wide ones. */
function kindRules(ctx: Ctx, kind: RegistrationKind) {
  const registration = ctx.policy.registration
  const rule = registration.kinds[kind] ?? {}
  return {
    window: rule.window ?? registration.window,
    submissionWindow:
      rule.submissionWindow !== undefined ? rule.submissionWindow : registration.submissionWindow,
    leadTime: rule.leadTime !== undefined ? rule.leadTime : registration.leadTime,
    perDay: rule.perDay !== undefined ? rule.perDay : ctx.policy.limits.filingsPerDay,
  }
}

function checkTiming(ctx: Ctx, command: Register, rules: ReturnType<typeof kindRules>): Decision | null {
  const zone = ctx.policy.timeZone
  const window = rules.submissionWindow
  if (window && !withinTimeRange(ctx.atMs, window, zone)) {
    return refuse('outside-submission-window', `filings are accepted ${window.from}–${window.to}`, window)
  }
  if (!rules.leadTime) return null
  if (!command.visitAt)
    return refuse('missing-required-fields', 'the visit time is required', { fields: ['visitAt'] })
  const latest = subtractDuration(Date.parse(command.visitAt), rules.leadTime, zone)
  if (ctx.atMs > latest) {
    return refuse('lead-time-too-short', 'the filing is too close to the visit', {
      visitAt: command.visitAt,
      latestFilingAt: formatInstant(latest, zone),
    })
  }
  return null
}

/** Whether `claimant` may take the customer in `scope` now: not pending, blocked, pooled or cooling down. */
export function checkAvailable(ctx: Ctx, scope: string, claimant: string): Decision | null {
  const pending = facts(ctx, scope).pending.find((p) => p.claimant === claimant)
  if (pending)
    return refuse('already-pending', 'this filing awaits approval', { submittedAt: pending.submittedAt })
  const blocked = blockedBy(ctx, scope, claimant)
  if (blocked) return blocked
  if (view(ctx, scope).flags.inPool)
    return refuse('in-pool', 'the customer is in the company pool: claim it', {})
  return cooldown(ctx, scope, claimant)
}

/** `register`: first valid filing wins per scope (先建先得), under the kind's timing and limits. */
export function register(ctx: Ctx, command: Register): Decision {
  const { claimant, profile } = command
  if (!actsFor(ctx, claimant)) return notAuthorized(ctx)
  const kind = command.kind ?? ctx.policy.registration.defaultKind
  const scope = scopeOf(ctx.policy, { actor: ctx.actor, profile, scope: command.scope, kind })
  const missing = missingFields(ctx, profile)
  // A project-level filing (大天 项目报备) protects one project: without one it would be company-wide.
  if (kind === 'project' && !profile.project?.trim() && !missing.includes('project')) missing.push('project')
  if (missing.length > 0)
    return refuse('missing-required-fields', `missing: ${missing.join(', ')}`, { fields: missing })
  const rules = kindRules(ctx, kind)
  const refused =
    checkTiming(ctx, command, rules) ??
    (rules.perDay !== null && (ctx.ledger.filedToday ?? 0) >= rules.perDay
      ? refuse('daily-limit-reached', `at most ${rules.perDay} filings per day`, { limit: rules.perDay })
      : null) ??
    checkAvailable(ctx, scope, claimant) ??
    quotaExceeded(ctx)
  if (refused) return refused
  const filing = {
    ...eventBase(ctx, scope),
    claimant,
    kind,
    profile,
    ...(command.visitAt ? { visitAt: command.visitAt } : {}),
    ...windowFrom(ctx, rules.window),
    ...followUpFrom(ctx, profile.grade),
  }
  const approval = ctx.policy.registration.approval
  if (!approval.required) return accept({ type: 'registered', ...filing })
  const protects = approval.protectFrom === 'submission'
  return accept({ type: 'registration-submitted', ...filing, protects })
}

function findPending(
  ctx: Ctx,
  command: Command,
  claimant: string,
): { scope: string; facts: ScopeFacts } | null {
  const scopes = command.scope ? [command.scope] : Object.keys(ctx.state.scopes)
  for (const scope of scopes) {
    const f = facts(ctx, scope)
    if (f.pending.some((p) => p.claimant === claimant)) return { scope, facts: f }
  }
  return null
}

/** `approve`: an approver confirms a pending filing; the earlier submission keeps priority. */
export function approve(ctx: Ctx, command: Extract<Command, { type: 'approve' }>): Decision {
  const approval = ctx.policy.registration.approval
  if (!hasRole(ctx.actor, approval.approverRoles)) return notAuthorized(ctx, approval.approverRoles)
  const found = findPending(ctx, command, command.claimant)
  if (!found) return refuse('no-pending-filing', 'no filing awaits approval', { claimant: command.claimant })
  const first = found.facts.pending[0]
  if (first && first.claimant !== command.claimant) {
    return refuse('pending-approval-by-other', `an earlier filing by ${first.claimant} awaits approval`, {
      claimant: first.claimant,
      submittedAt: first.submittedAt,
    })
  }
  const filing = found.facts.pending.find((p) => p.claimant === command.claimant)
  const provisional = found.facts.claim
  if (provisional && !provisional.approved && provisional.claimant === command.claimant) {
    return accept({
      type: 'registration-approved',
      ...eventBase(ctx, found.scope),
      claimant: command.claimant,
      until: provisional.until,
      expiringFrom: provisional.expiringFrom,
    })
  }
  const blocked = blockedBy(ctx, found.scope, command.claimant)
  if (blocked) return blocked
  const kind = filing?.kind ?? ctx.policy.registration.defaultKind
  return accept({
    type: 'registration-approved',
    ...eventBase(ctx, found.scope),
    claimant: command.claimant,
    ...windowFrom(ctx, kindRules(ctx, kind).window),
    ...followUpFrom(ctx, filing?.profile.grade),
  })
}

/** `reject`: an approver turns a pending filing down (a provisional protection ends with it). */
export function rejectFiling(ctx: Ctx, command: Extract<Command, { type: 'reject' }>): Decision {
  const approval = ctx.policy.registration.approval
  if (!hasRole(ctx.actor, approval.approverRoles)) return notAuthorized(ctx, approval.approverRoles)
  const found = findPending(ctx, command, command.claimant)
  if (!found) return refuse('no-pending-filing', 'no filing awaits approval', { claimant: command.claimant })
  return accept({
    type: 'registration-rejected',
    ...eventBase(ctx, found.scope),
    claimant: command.claimant,
    ...(command.reason ? { reason: command.reason } : {}),
  })
}
