import type { Resolution } from '../model/index'
import type { Policy } from '../policy/index'
import type { ConflictCase, ConflictClaim } from './conflict-case'
import { splitShares } from './split-shares'

type Criterion = Policy['conflicts']['criteria'][number]
type Value = string | number | boolean | null

/**
 * What {@link suggestResolution} proposes, with the evidence for the conflict dialog.
 *
 * @example
 * const { resolution, explanation }: ResolutionSuggestion = suggestResolution(conflict, policy)
 */
export type ResolutionSuggestion = {
  /** Claimants best first; tied claimants share a rank; claims without a valid filing come last. */
  ranking: { claimant: string; rank: number }[]
  /** Each policy criterion, in order, with every claimant's value and its outright winner if any. */
  criteria: { criterion: string; values: Record<string, Value>; winner: string | null }[]
  resolution: Resolution
  /** Short English sentences, in order, saying why. */
  explanation: string[]
  /** Violations the arbitrator should consider recording (e.g. `unregistered-visit`, `quarrel`). */
  violations: { claimant: string; violation: string }[]
}

/** Number of tracking fields filled: expected amount, unit price, signing date, feedback. */
export function trackingDetail(tracking: ConflictClaim['tracking']): number {
  if (!tracking) return 0
  const { expectedAmount, unitPrice, signingDate, feedback } = tracking
  return [expectedAmount, unitPrice, signingDate, feedback?.trim()].filter((v) => v !== undefined && v !== '')
    .length
}

// Each criterion as a displayed value and a score where higher is better (only valid claims compete).
const CRITERIA: Record<
  Criterion,
  { value: (c: ConflictClaim) => Value; score: (c: ConflictClaim) => number }
> = {
  'earliest-registration': {
    value: (c) => (c.valid ? c.registeredAt : null),
    score: (c) => (c.valid && c.registeredAt ? -Date.parse(c.registeredAt) : Number.NEGATIVE_INFINITY),
  },
  completeness: { value: (c) => Math.round(c.completeness * 100) / 100, score: (c) => c.completeness },
  'tracking-detail': { value: (c) => trackingDetail(c.tracking), score: (c) => trackingDetail(c.tracking) },
  appointment: { value: (c) => c.appointment, score: (c) => (c.appointment ? 1 : 0) },
}

const REASON: Record<Criterion, string> = {
  'earliest-registration': 'registered first',
  completeness: 'filed the most complete registration',
  'tracking-detail': 'recorded the most tracking detail',
  appointment: 'brought the customer by appointment',
}

/** Claims sorted best first and grouped into ties, walking the criteria in policy order. */
function rankGroups(claims: ConflictClaim[], criteria: readonly Criterion[]): ConflictClaim[][] {
  const compare = (a: ConflictClaim, b: ConflictClaim) => {
    for (const criterion of criteria) {
      const diff = CRITERIA[criterion].score(b) - CRITERIA[criterion].score(a)
      if (diff !== 0 && !Number.isNaN(diff)) return diff
    }
    return 0
  }
  const groups: ConflictClaim[][] = []
  for (const claim of [...claims].sort(compare)) {
    const last = groups.at(-1)
    if (last?.[0] && compare(last[0], claim) === 0) last.push(claim)
    else groups.push([claim])
  }
  return groups
}

/** The first criterion that singles out the winner among the valid claims, if any. */
function decisiveCriterion(valid: ConflictClaim[], criteria: readonly Criterion[]): Criterion | null {
  let contenders = valid
  for (const criterion of criteria) {
    const best = Math.max(...contenders.map(CRITERIA[criterion].score))
    const next = contenders.filter((c) => CRITERIA[criterion].score(c) === best)
    if (next.length === 1) return criterion
    contenders = next
  }
  return null
}

function criteriaTable(
  claims: ConflictClaim[],
  criteria: readonly Criterion[],
): ResolutionSuggestion['criteria'] {
  const valid = claims.filter((c) => c.valid)
  return criteria.map((criterion) => {
    const { value, score } = CRITERIA[criterion]
    const best = Math.max(...valid.map(score))
    const top = valid.filter((c) => score(c) === best && Number.isFinite(best))
    return {
      criterion,
      values: Object.fromEntries(claims.map((c) => [c.claimant, value(c)])),
      winner: top.length === 1 ? (top[0]?.claimant ?? null) : null,
    }
  })
}

function propose(
  conflict: ConflictCase,
  policy: Policy,
  groups: ConflictClaim[][],
  explain: (sentence: string) => void,
): Resolution {
  const rules = policy.conflicts
  const valid = conflict.claims.filter((c) => c.valid)
  const names = (claims: ConflictClaim[]) => claims.map((c) => c.claimant)
  if (conflict.quarrel && rules.quarrelInvalidatesAll) {
    explain('The claimants quarrelled in front of the customer: every registration is invalid.')
    return { kind: 'invalidate-all' }
  }
  if (valid.length === 0) {
    explain('No claimant has a valid prior registration: the customer goes to the pool.')
    return { kind: 'pool' }
  }
  if (conflict.jointClose) {
    const ordered = groups.flat()
    explain(`The claimants closed together: split ${splitText(ordered.length, rules.splitShares)}.`)
    return { kind: 'split', shares: splitShares(names(ordered), rules.splitShares) }
  }
  const top = groups[0] ?? []
  const winner = top[0]
  if (top.length === 1 && winner) {
    const criterion = valid.length > 1 ? decisiveCriterion(valid, rules.criteria) : null
    explain(
      criterion
        ? `${winner.claimant} ${REASON[criterion]} (${criterion}): award to ${winner.claimant}.`
        : `${winner.claimant} is the only claimant with a valid registration: award to ${winner.claimant}.`,
    )
    return { kind: 'award', claimant: winner.claimant }
  }
  const tied = names(top).join(', ')
  const next = nextArbitrator(rules.arbitrators, conflict.escalatedTo ?? null)
  if (rules.tie === 'escalate' && next) {
    explain(`${tied} are tied on every criterion: escalate to ${next}.`)
    return { kind: 'escalate', to: next }
  }
  explain(`${tied} are tied on every criterion: split ${splitText(top.length, rules.splitShares)}.`)
  return { kind: 'split', shares: splitShares(names(top), rules.splitShares) }
}

const splitText = (n: number, base: readonly number[]) =>
  splitShares(Array.from({ length: n }, String), base)
    .map((s) => s.percent)
    .join('/')

/** The arbitrator after the current one; the first arbitrator decides before any escalation. */
function nextArbitrator(arbitrators: readonly string[], current: string | null): string | null {
  const at = current === null ? 0 : arbitrators.indexOf(current)
  return at < 0 ? null : (arbitrators[at + 1] ?? null)
}

/**
 * Proposes how to settle a conflict (SPEC §6): claims are ranked by `policy.conflicts.criteria` in
 * order (earliest valid registration, completeness, tracking detail, appointment). A single best
 * claim is awarded; a tie splits (`splitShares`, default 50/50) or escalates to the next arbitrator,
 * as the policy says; a joint close splits; a quarrel in front of the customer invalidates every
 * filing when `quarrelInvalidatesAll`; no valid claim sends the customer to the pool. A claimant
 * without a valid prior registration bears the main responsibility (seed 003): the explanation says
 * so and `violations` proposes `unregistered-visit`.
 *
 * @example
 * const s = suggestResolution(conflict, presets.visitFiling)
 * s.resolution // { kind: 'award', claimant: 'rep-1' }
 * s.explanation // ['rep-1 registered first (earliest-registration): award to rep-1.', …]
 */
export function suggestResolution(conflict: ConflictCase, policy: Policy): ResolutionSuggestion {
  const criteria = policy.conflicts.criteria
  const valid = conflict.claims.filter((c) => c.valid)
  const invalid = conflict.claims.filter((c) => !c.valid)
  const groups = [...rankGroups(valid, criteria), ...(invalid.length > 0 ? [invalid] : [])]
  const ranking: ResolutionSuggestion['ranking'] = []
  for (const group of groups) {
    const rank = ranking.length + 1
    for (const claim of group) ranking.push({ claimant: claim.claimant, rank })
  }

  const explanation: string[] = []
  const resolution = propose(conflict, policy, groups, (sentence) => explanation.push(sentence))
  const violations: ResolutionSuggestion['violations'] = []
  for (const claim of invalid) {
    explanation.push(
      `${claim.claimant} had no valid prior registration and bears the main responsibility: consider recording 'unregistered-visit'.`,
    )
    violations.push({ claimant: claim.claimant, violation: 'unregistered-visit' })
  }
  if (conflict.quarrel) {
    for (const claim of conflict.claims) violations.push({ claimant: claim.claimant, violation: 'quarrel' })
  }
  return { ranking, criteria: criteriaTable(conflict.claims, criteria), resolution, explanation, violations }
}
