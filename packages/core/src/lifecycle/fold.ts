import type { CustomerProfile } from '../model/profile'
import type { Policy } from '../policy/schema'
import { compareInstants } from '../time/compare'
import type { Event } from './events'
import { type Claim, type Deadline, initialState, type LifecycleState, type ScopeFacts } from './state'

// Extensions never shorten protection: keep the later end (and its expiring lead). null = no end.
function extendTo(claim: Claim, until: Deadline | undefined, expiringFrom: Deadline | undefined): void {
  if (until === undefined || claim.until === null) return
  if (until === null || compareInstants(until, claim.until) >= 0) {
    claim.until = until
    claim.expiringFrom = expiringFrom ?? null
  }
}

type StartedBy = {
  claimant: string
  at: string
  until: string | null
  expiringFrom: string | null
  followUpDue?: string | undefined
  followUpWarnFrom?: string | undefined
}

function newClaim(e: StartedBy, origin: string, profile: CustomerProfile | null, approved: boolean): Claim {
  return {
    claimant: e.claimant,
    startedAt: e.at,
    origin,
    profile,
    approved,
    until: e.until,
    expiringFrom: e.expiringFrom,
    followUpDue: e.followUpDue ?? null,
    followUpWarnFrom: e.followUpWarnFrom ?? null,
    warnFrom: null,
    payments: 0,
    lastPaymentAt: null,
    lastVisitAt: null,
    extensions: 0,
    locked: false,
    released: null,
    shares: null,
    previous: null,
  }
}

function scopeFacts(state: LifecycleState, scope: string): ScopeFacts {
  let facts = state.scopes[scope]
  if (!facts) {
    facts = { claim: null, pending: [] }
    state.scopes[scope] = facts
  }
  return facts
}

function startClaim(state: LifecycleState, facts: ScopeFacts, claim: Claim, scope: string): void {
  facts.claim = claim
  state.latestScope = scope
  if (claim.profile) state.profile = claim.profile
}

/**
 * Applies one event to a state this fold owns, in place (`evolve` is the pure wrapper that clones
 * first). Internal: `replay`, `deriveState` and `sweep` fold with it to avoid copying per event.
 */
export function applyEvent(state: LifecycleState, e: Event): LifecycleState {
  state.customerId ??= e.customerId
  state.version += 1
  const facts = scopeFacts(state, e.scope)
  switch (e.type) {
    case 'registered':
      startClaim(state, facts, newClaim(e, e.kind, e.profile, true), e.scope)
      break
    case 'registration-submitted':
      facts.pending = [
        ...facts.pending,
        { claimant: e.claimant, submittedAt: e.at, kind: e.kind, profile: e.profile },
      ]
      state.latestScope = e.scope
      state.profile = e.profile
      if (e.protects) {
        const claim = newClaim(e, e.kind, e.profile, false)
        claim.previous = facts.claim
        startClaim(state, facts, claim, e.scope)
      }
      break
    case 'registration-approved': {
      const filing = facts.pending.find((p) => p.claimant === e.claimant)
      facts.pending = facts.pending.filter((p) => p !== filing)
      const provisional = facts.claim && !facts.claim.approved && facts.claim.claimant === e.claimant
      if (provisional) {
        const claim = facts.claim as Claim
        claim.approved = true
        claim.previous = null
      } else {
        const claim = newClaim(e, filing?.kind ?? 'company', filing?.profile ?? null, true)
        startClaim(state, facts, claim, e.scope)
      }
      break
    }
    case 'registration-rejected':
      facts.pending = facts.pending.filter((p) => p.claimant !== e.claimant)
      if (facts.claim && !facts.claim.approved && facts.claim.claimant === e.claimant) {
        facts.claim = facts.claim.previous
      }
      break
    case 'visit-logged': {
      const claim = facts.claim?.claimant === e.claimant ? facts.claim : null
      if (claim) {
        claim.lastVisitAt = e.at
        extendTo(claim, e.until, e.expiringFrom)
      }
      break
    }
    case 'follow-up-logged': {
      const claim = facts.claim?.claimant === e.claimant ? facts.claim : null
      if (claim) {
        claim.followUpDue = e.followUpDue ?? claim.followUpDue
        claim.followUpWarnFrom = e.followUpWarnFrom ?? claim.followUpWarnFrom
      }
      break
    }
    case 'payment-recorded': {
      const claim = facts.claim
      if (claim) {
        claim.payments += 1
        // A payment recorded late but dated earlier does not move the last payment back.
        if (claim.lastPaymentAt === null || compareInstants(e.at, claim.lastPaymentAt) >= 0) {
          claim.lastPaymentAt = e.at
          claim.warnFrom = e.warnFrom
        }
        claim.released = null
        claim.until = e.until
        claim.expiringFrom = e.expiringFrom
      }
      break
    }
    case 'deposit-recorded': {
      const claim = facts.claim
      if (claim) extendTo(claim, e.until, e.expiringFrom)
      break
    }
    case 'extended': {
      const claim = facts.claim
      if (claim) {
        claim.extensions = e.times
        extendTo(claim, e.until, e.expiringFrom)
      }
      break
    }
    case 'released': {
      const claim = facts.claim
      if (claim) claim.released = { at: e.at, to: e.to, reason: e.reason }
      break
    }
    case 'claimed':
      startClaim(
        state,
        facts,
        newClaim(e, 'pool-claim', facts.claim?.profile ?? state.profile, true),
        e.scope,
      )
      break
    case 'transferred': {
      const claim = facts.claim
      if (claim) claim.claimant = e.claimant
      break
    }
    case 'locked':
    case 'unlocked': {
      const claim = facts.claim
      if (claim) claim.locked = e.type === 'locked'
      break
    }
    case 'walk-in-attributed':
      startClaim(state, facts, newClaim(e, 'walk-in', e.profile, true), e.scope)
      break
    case 'conflict-opened':
      state.conflicts = [
        ...state.conflicts,
        {
          id: e.conflictId,
          kind: e.kind,
          claimants: e.claimants,
          openedAt: e.at,
          scope: e.scope,
          status: 'open',
          escalatedTo: null,
          resolution: null,
          customerLeftAt: null,
        },
      ]
      break
    case 'conflict-resolved':
      applyResolution(state, facts, e)
      break
    case 'violation-recorded':
      state.violations = [
        ...state.violations,
        { claimant: e.claimant, violation: e.violation, nth: e.nth, at: e.at },
      ]
      break
  }
  return state
}

function applyResolution(
  state: LifecycleState,
  facts: ScopeFacts,
  e: Extract<Event, { type: 'conflict-resolved' }>,
): void {
  const { resolution } = e
  const escalated = resolution.kind === 'escalate'
  state.conflicts = state.conflicts.map((c) =>
    c.id === e.conflictId
      ? {
          ...c,
          status: escalated ? 'escalated' : 'resolved',
          escalatedTo: escalated ? resolution.to : c.escalatedTo,
          resolution,
          customerLeftAt: e.customerLeftAt ?? c.customerLeftAt,
        }
      : c,
  )
  switch (resolution.kind) {
    case 'award':
    case 'split': {
      const shares = resolution.kind === 'split' ? resolution.shares : null
      const winner = shares
        ? shares.reduce((best, share) => (share.percent > best.percent ? share : best)).claimant
        : (resolution as { claimant: string }).claimant
      const claim = facts.claim
      if (claim && e.until === undefined) {
        claim.claimant = winner
        claim.shares = shares
        claim.released = null
        claim.approved = true
      } else {
        const started = newClaim(
          { claimant: winner, at: e.at, until: e.until ?? null, expiringFrom: e.expiringFrom ?? null },
          'award',
          claim?.profile ?? state.profile,
          true,
        )
        started.shares = shares
        startClaim(state, facts, started, e.scope)
      }
      facts.pending = []
      break
    }
    case 'invalidate-all':
      facts.claim = null
      facts.pending = []
      break
    case 'pool': {
      const claim = facts.claim
      if (claim) claim.released = { at: e.at, to: 'pool', reason: 'conflict' }
      facts.pending = []
      break
    }
    case 'escalate':
      break
  }
}

/**
 * Folds one event into a state, returning a new state (the input is not changed).
 *
 * @example
 * const next = evolve(replay(history), newEvent)
 */
export function evolve(state: LifecycleState, event: Event): LifecycleState {
  return applyEvent(structuredClone(state), event)
}

/**
 * Folds a whole history into its state. The policy is not needed (events carry their deadlines);
 * it is accepted so callers can pass the same arguments as to `deriveState`.
 *
 * @example
 * const state = replay(history)
 * state.version === history.length // true
 */
export function replay(history: Iterable<Event>, _policy?: Policy): LifecycleState {
  const state = initialState()
  for (const event of history) applyEvent(state, event)
  return state
}
