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
type Opened = Extract<Event, { type: 'conflict-opened' }>

/** Whether a conflict among `claimants` was opened at or after `at` (it covers what happened by then). */
function covered(conflicts: readonly Opened[], claimants: readonly string[], at: number): boolean {
  return conflicts.some(
    (c) => Date.parse(c.at) >= at && claimants.every((claimant) => c.claimants.includes(claimant)),
  )
}

/** A conflict id not yet used in this history: `base`, else `base:2`, `base:3`… */
function freeId(base: string, used: ReadonlySet<string>): string {
  let id = base
  for (let n = 2; used.has(id); n++) id = `${base}:${n}`
  return id
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
  // Every conflict opened by `now`, open or resolved: each covers the visits made before it.
  const conflicts = history.filter(
    (e): e is Opened => e.type === 'conflict-opened' && Date.parse(e.at) <= now,
  )
  const used = new Set(conflicts.map((c) => c.conflictId))
  const commands: OpenConflictCommand[] = []
  for (const [region, visits] of byRegion) {
    const last = new Map<string, number>()
    for (const v of visits)
      last.set(v.claimant, Math.max(last.get(v.claimant) ?? -Infinity, Date.parse(v.at)))
    const claimants = [...last.keys()]
    // Two claimants collide anew unless a conflict among them was opened after the earlier of their last visits.
    const involved = new Set<string>()
    claimants.forEach((a, i) => {
      for (const b of claimants.slice(i + 1)) {
        const since = Math.min(last.get(a) ?? 0, last.get(b) ?? 0)
        if (!covered(conflicts, [a, b], since)) involved.add(a).add(b)
      }
    })
    if (involved.size < 2) continue
    const mine = visits.filter((v) => involved.has(v.claimant))
    const first = mine[0]
    if (!first) continue
    // The id names the first visit no conflict covers yet, so a newer visit or claimant gets a new id.
    const trigger =
      mine.find((v) => !covered(conflicts, [v.claimant], Date.parse(v.at))) ?? mine.at(-1) ?? first
    const conflictId = freeId(`${first.customerId}:collision:${trigger.id}`, used)
    used.add(conflictId)
    const names = claimants.filter((claimant) => involved.has(claimant))
    commands.push({
      type: 'open-conflict',
      customerId: first.customerId,
      conflictId,
      kind: 'collision',
      claimants: names,
      ...(region && { region }),
      note: `visits by ${names.join(', ')} since ${first.at}`,
      at: nowIso,
    })
  }
  return commands
}

/**
 * Finds collisions (撞单, SPEC §6): two or more claimants visiting one customer in the same region
 * within `policy.conflicts.collisionWindow` before `now`, and proposes an `open-conflict` command
 * for each. Visits already covered by a conflict among the same claimants (one opened after them,
 * open or resolved) are not proposed again; a later visit or a new claimant gets a new
 * deterministic `conflictId` (`<customerId>:collision:<first uncovered visit id>`). Visits without
 * a region are grouped together. Pass every customer's history, as plain event arrays or as the
 * `{ customerId, history }` streams `sweep` takes. Throws a `RangeError` when `now` is not an
 * ISO-8601 instant.
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
