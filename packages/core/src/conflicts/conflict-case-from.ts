import type { Event } from '../lifecycle/index'
import type { CustomerProfile } from '../model/index'
import type { Policy } from '../policy/index'
import { subtractDuration } from '../time/index'
import type { ConflictCase, ConflictClaim } from './conflict-case'

/**
 * Thrown by {@link conflictCaseFrom} when the history has no `conflict-opened` event with that id.
 *
 * @example
 * try { conflictCaseFrom(history, 'nope', policy) } catch (e) { if (e instanceof ConflictCaseError) e.code }
 */
export class ConflictCaseError extends Error {
  readonly code = 'unknown-conflict'

  constructor(readonly conflictId: string) {
    super(`No conflict ${conflictId} in this history`)
    this.name = 'ConflictCaseError'
  }
}

type Filing = Extract<Event, { type: 'registered' | 'registration-submitted' }>
type Visit = Extract<Event, { type: 'visit-logged' }>

// When the policy requires nothing, completeness is judged on what a useful filing has.
const USEFUL_FIELDS: (keyof CustomerProfile)[] = ['name', 'phone', 'contact', 'address']
// A conflict note flags a joint close (协助成单) or a quarrel (当客户面争吵).
const JOINT_CLOSE = /joint[- ]?close|协助成单|共同成单/i
const QUARREL = /quarrel|争吵|争执/i

const ms = (instant: string) => Date.parse(instant)

/** Share of the fields filled in a profile, 0..1. */
function completenessOf(profile: CustomerProfile, fields: readonly (keyof CustomerProfile)[]): number {
  const wanted = fields.length > 0 ? fields : USEFUL_FIELDS
  const filled = wanted.filter((field) => {
    const value = profile[field]
    if (typeof value === 'string') return value.trim() !== ''
    if (Array.isArray(value)) return value.length > 0
    return value !== undefined && value !== null
  })
  return filled.length / wanted.length
}

/** The latest protection end the claimant's own events recorded before `at` (undefined: none). */
function protectionEnd(events: readonly Event[], claimant: string, at: number): string | null | undefined {
  let end: string | null | undefined
  for (const e of events) {
    if (ms(e.at) > at || !('claimant' in e) || e.claimant !== claimant) continue
    if ('until' in e && e.until !== undefined) end = e.until
  }
  return end
}

/**
 * Whether the claimant gave the filed claim up before `at`: released it (to open or to the pool) or
 * had it transferred to someone else, without taking it back (a pool claim, a transfer to them) since.
 */
function givenUp(events: readonly Event[], filing: Filing, at: number): boolean {
  const start = events.indexOf(filing)
  let held = true
  for (const e of events.slice(start + 1)) {
    if (e.scope !== filing.scope || ms(e.at) < ms(filing.at) || ms(e.at) > at) continue
    if (e.type === 'released' && e.claimant === filing.claimant) held = false
    else if (e.type === 'transferred' && e.from === filing.claimant && e.claimant !== filing.claimant)
      held = false
    else if ((e.type === 'claimed' || e.type === 'transferred') && e.claimant === filing.claimant) held = true
  }
  return !held
}

function claimOf(
  events: readonly Event[],
  claimant: string,
  since: number,
  opened: number,
  policy: Policy,
): ConflictClaim {
  const visits = events.filter(
    (e): e is Visit => e.type === 'visit-logged' && e.claimant === claimant && ms(e.at) <= opened,
  )
  const recent = visits.filter((v) => ms(v.at) >= since)
  // The registration must precede the claimant's visit that caused the conflict (seed 003: 先报备后拜访).
  const reference = recent[0] ? ms(recent[0].at) : opened
  const filing = events
    .filter(
      (e): e is Filing =>
        (e.type === 'registered' || e.type === 'registration-submitted') &&
        e.claimant === claimant &&
        ms(e.at) <= reference,
    )
    .at(-1)
  const rejected =
    filing !== undefined &&
    events.some(
      (e) => e.type === 'registration-rejected' && e.claimant === claimant && ms(e.at) >= ms(filing.at),
    )
  const end = filing ? protectionEnd(events, claimant, reference) : undefined
  const lapsed = end !== undefined && end !== null && ms(end) <= reference
  const given = filing !== undefined && givenUp(events, filing, reference)
  return {
    claimant,
    registeredAt: filing?.at ?? null,
    valid: filing !== undefined && !rejected && !lapsed && !given,
    completeness: filing ? completenessOf(filing.profile, policy.registration.requiredFields) : 0,
    tracking: filing?.profile.tracking,
    appointment: recent.some((v) => v.appointment),
    visits: visits.map((v) => v.at),
  }
}

/**
 * Builds a conflict case from a customer's history: for each claimant of the `conflict-opened`
 * event, their last filing before the visit that caused the conflict (valid unless rejected,
 * lapsed, released or transferred away before that visit, or made after it), its completeness
 * against the policy's required fields, its tracking detail, and whether the visit came from an
 * appointment. A note mentioning a joint close (协助成单) or a quarrel (争吵), or a `quarrel`
 * violation recorded while this conflict was open, sets `jointClose` / `quarrel`.
 * Throws {@link ConflictCaseError} (code `unknown-conflict`) when the conflict is not in the history.
 *
 * @example
 * const conflict = conflictCaseFrom(history, 'c1:k1', presets.visitFiling)
 * suggestResolution(conflict, presets.visitFiling).resolution
 */
export function conflictCaseFrom(
  history: readonly Event[],
  conflictId: string,
  policy: Policy,
): ConflictCase {
  const opened = history.find(
    (e): e is Extract<Event, { type: 'conflict-opened' }> =>
      e.type === 'conflict-opened' && e.conflictId === conflictId,
  )
  if (!opened) throw new ConflictCaseError(conflictId)
  const openedAt = ms(opened.at)
  const since = subtractDuration(openedAt, policy.conflicts.collisionWindow, policy.timeZone)
  const claims = opened.claimants.map((claimant) => claimOf(history, claimant, since, openedAt, policy))
  const note = opened.note ?? ''
  // Only quarrels recorded for this conflict: from its opening until it was settled (not escalated).
  const settled = history.find(
    (e) => e.type === 'conflict-resolved' && e.conflictId === conflictId && e.resolution.kind !== 'escalate',
  )
  const settledAt = settled ? ms(settled.at) : Number.POSITIVE_INFINITY
  const quarrelled = history.some(
    (e) =>
      e.type === 'violation-recorded' &&
      e.violation === 'quarrel' &&
      opened.claimants.includes(e.claimant) &&
      ms(e.at) >= openedAt &&
      ms(e.at) < settledAt,
  )
  let escalatedTo: string | null = null
  for (const e of history) {
    if (e.type === 'conflict-resolved' && e.conflictId === conflictId && e.resolution.kind === 'escalate') {
      escalatedTo = e.resolution.to
    }
  }
  return {
    id: conflictId,
    kind: opened.kind,
    customerId: opened.customerId,
    ...(JOINT_CLOSE.test(note) && { jointClose: true }),
    ...((quarrelled || QUARREL.test(note)) && { quarrel: true }),
    escalatedTo,
    claims,
  }
}
