import type { Command, Event, SweepStream } from '../lifecycle/index'
import type { Policy } from '../policy/index'
import { subtractDuration } from '../time/index'

/**
 * A proposed `open-conflict` command for a collision (撞单).
 *
 * @example
 * const [command]: OpenConflictCommand[] = detectCollisions(histories, policy, now)
 */
export type OpenConflictCommand = Extract<Command, { type: 'open-conflict' }>

type Visit = Extract<Event, { type: 'visit-logged' }>

/** Claimant sets of this customer's conflicts still open (or escalated). */
function openClaimantSets(history: readonly Event[]): string[][] {
  const open = new Map<string, string[]>()
  for (const e of history) {
    if (e.type === 'conflict-opened') open.set(e.conflictId, e.claimants)
    if (e.type === 'conflict-resolved' && e.resolution.kind !== 'escalate') open.delete(e.conflictId)
  }
  return [...open.values()]
}

function collisionsIn(
  history: readonly Event[],
  since: number,
  now: number,
  nowIso: string,
): OpenConflictCommand[] {
  const recent = history.filter(
    (e): e is Visit => e.type === 'visit-logged' && Date.parse(e.at) >= since && Date.parse(e.at) <= now,
  )
  const byRegion = new Map<string, Visit[]>()
  for (const visit of recent) {
    const region = visit.region ?? ''
    byRegion.set(region, [...(byRegion.get(region) ?? []), visit])
  }
  const known = openClaimantSets(history)
  const commands: OpenConflictCommand[] = []
  for (const [region, visits] of byRegion) {
    const claimants = [...new Set(visits.map((v) => v.claimant))]
    const first = visits[0]
    if (!first || claimants.length < 2) continue
    if (known.some((set) => claimants.every((claimant) => set.includes(claimant)))) continue
    commands.push({
      type: 'open-conflict',
      customerId: first.customerId,
      conflictId: `${first.customerId}:collision:${first.id}`,
      kind: 'collision',
      claimants,
      ...(region && { region }),
      note: `visits by ${claimants.join(', ')} since ${first.at}`,
      at: nowIso,
    })
  }
  return commands
}

/**
 * Finds collisions (撞单, SPEC §6): two or more claimants visiting one customer in the same region
 * within `policy.conflicts.collisionWindow` before `now`, and proposes an `open-conflict` command
 * for each (deterministic `conflictId`), unless an unresolved conflict already covers those
 * claimants. Visits without a region are grouped together. Pass every customer's history, as
 * plain event arrays or as the `{ customerId, history }` streams `sweep` takes. Throws a
 * `RangeError` when `now` is not an ISO-8601 instant.
 *
 * @example
 * detectCollisions([historyOfC1, historyOfC2], presets.visitFiling, '2026-03-08T09:00:00+08:00')
 * // [{ type: 'open-conflict', customerId: 'c1', conflictId: 'c1:collision:c1:3', kind: 'collision',
 * //    claimants: ['rep-1', 'rep-2'], region: 'east', note: '…', at: '2026-03-08T09:00:00+08:00' }]
 */
export function detectCollisions(
  histories: Iterable<readonly Event[] | SweepStream>,
  policy: Policy,
  now: string,
): OpenConflictCommand[] {
  const end = Date.parse(now)
  if (Number.isNaN(end)) throw new RangeError(`now is not an ISO-8601 instant: ${String(now)}`)
  const since = subtractDuration(end, policy.conflicts.collisionWindow, policy.timeZone)
  const commands: OpenConflictCommand[] = []
  for (const stream of histories) {
    const history = Array.isArray(stream) ? stream : [...(stream as SweepStream).history]
    commands.push(...collisionsIn(history, since, end, now))
  }
  return commands
}
