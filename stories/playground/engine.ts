/**
 * The Playground's glue to `@baobei/core`: every action goes through `decide`, every status comes from
 * `deriveState`. Pure functions of the snapshot, so the page only holds one piece of state.
 */
import {
  type Actor,
  type Command,
  type CustomerProfile,
  type CustomerState,
  createCustomerIndex,
  decide,
  deriveState,
  type Event,
  HistorySchema,
  type Ledger,
  type Policy,
  presets,
} from '@baobei/core'
import { addMonthsIso, localDate, toShanghaiIso } from './clock'
import {
  DEMO_NOW,
  DEMO_START,
  DIRECTORY,
  FIRST_MEMBER,
  memberOf,
  SEED,
  type SeedStep,
  type TeamMember,
} from './sample'
import {
  appendEvents,
  customerIdsOf,
  historyAsOf,
  historyOf,
  latestAt,
  type PlaygroundSnapshot,
  STORE_VERSION,
  type StoredEvent,
} from './store'

/** The seven presets, in the order the picker lists them. */
export const PRESET_IDS = [
  'dailyChemical',
  'toolMaker',
  'projectSales',
  'distributorRealty',
  'onsiteRealty',
  'autoDealer',
  'visitFiling',
] as const satisfies readonly (keyof typeof presets)[]

export type PresetId = (typeof PRESET_IDS)[number]

export const isPresetId = (value: string): value is PresetId =>
  (PRESET_IDS as readonly string[]).includes(value)

/**
 * The policy of a preset id, falling back to `dailyChemical` for an unknown id.
 * @example policyOf('visitFiling').conflicts.arbitrators
 */
export function policyOf(id: string): Policy {
  return presets[isPresetId(id) ? id : 'dailyChemical']
}

/**
 * The identity a team member acts with under a policy: claimants are `sales`; the manager holds every
 * role the policy gives managers, finance, approvers and arbitrators.
 * @example actorOf(memberOf('zhang-wei')!, presets.visitFiling).roles.includes('regional-manager') // true
 */
export function actorOf(member: TeamMember, policy: Policy): Actor {
  const roles = member.manager
    ? [
        ...policy.managerRoles,
        ...policy.financeRoles,
        ...policy.registration.approval.approverRoles,
        ...policy.extension.approverRoles,
        ...policy.conflicts.arbitrators,
      ]
    : ['sales']
  return { id: member.id, roles: [...new Set(roles)], region: member.region }
}

/** The claimant a command acts for, when it names one. */
const claimantOf = (command: Command): string | undefined =>
  'claimant' in command ? command.claimant : undefined

export type { Command }

/** A refusal shown to the user: the core's rejection, or one of the Playground's own codes. */
export type Refusal = { code: string } & Record<string, unknown>

export type Outcome =
  | { ok: true; snapshot: PlaygroundSnapshot; added: number }
  | { ok: false; refusal: Refusal }

/** A customer the page lists: its profile as known and its state at the slider's date. */
export type CustomerRow = { id: string; profile: CustomerProfile; state: CustomerState }

/**
 * Runs one command for `actor` at the snapshot's `now` and appends the accepted events.
 * Refuses to act on a customer whose history already reaches past `now` (history is append-only and
 * in time order); otherwise returns the core's rejection untouched.
 * @example perform(snapshot, { type: 'log-visit', customerId: 'c3', claimant: 'wang-fang' }, policy, actor)
 */
export function perform(
  snapshot: PlaygroundSnapshot,
  command: Command,
  policy: Policy,
  actor: TeamMember,
): Outcome {
  const { now, events } = snapshot
  const latest = latestAt(events, command.customerId)
  if (latest !== null && Date.parse(latest) > Date.parse(now))
    return { ok: false, refusal: { code: 'events-after-now' } }
  const decision = decide(
    { ...command, at: now },
    {
      history: historyOf(events, command.customerId) as Event[],
      policy,
      now,
      actor: actorOf(actor, policy),
      ledger: ledgerOf(snapshot, policy, claimantOf(command) ?? actor.id, command.customerId),
    },
  )
  if (!decision.ok) return { ok: false, refusal: decision.rejection as Refusal }
  const appended = appendEvents(snapshot, decision.events)
  if (!appended.ok) return { ok: false, refusal: { code: `store-${appended.refusal}` } }
  return { ok: true, snapshot: appended.snapshot, added: decision.events.length }
}

const FILING_EVENTS = new Set(['registered', 'registration-submitted'])
const COOPERATING = new Set(['cooperating-protected', 'cooperating-warning'])
const PROTECTED = new Set(['registered-protected', ...COOPERATING])

/**
 * The claimant-wide facts a single history cannot know (the core's `Ledger`): how many other customers
 * the claimant holds protected now, and how many filings and pool claims they made today.
 * @example decide(command, { history, policy, now, actor, ledger: ledgerOf(snapshot, policy, 'wang-fang', 'c3') })
 */
export function ledgerOf(
  snapshot: PlaygroundSnapshot,
  policy: Policy,
  claimant: string,
  exceptCustomerId?: string,
): Ledger {
  const today = localDate(snapshot.now)
  const ledger = { activeProtected: 0, filedToday: 0, poolClaimsToday: 0 }
  for (const id of customerIdsOf(snapshot.events)) {
    const history = historyAsOf(historyOf(snapshot.events, id), snapshot.now)
    for (const event of history) {
      if (event.claimant !== claimant || localDate(event.at) !== today) continue
      if (FILING_EVENTS.has(event.type)) ledger.filedToday += 1
      if (event.type === 'claimed') ledger.poolClaimsToday += 1
    }
    if (id === exceptCustomerId) continue
    const state = deriveState(history as Event[], policy, snapshot.now)
    const counts = policy.limits.cooperatingCountsAsActive || !COOPERATING.has(state.status)
    if (state.owner === claimant && PROTECTED.has(state.status) && counts) ledger.activeProtected += 1
  }
  return ledger
}

/**
 * The profile a customer was filed with (latest filing wins), else its directory entry.
 * @example profileOf(snapshot.events, 'c6')?.name // '北京华联便利店有限公司'
 */
export function profileOf(events: readonly StoredEvent[], customerId: string): CustomerProfile | undefined {
  const filed = historyOf(events, customerId)
    .filter((event) => event.type === 'registered' && typeof event.profile === 'object')
    .at(-1)
  return (
    (filed?.profile as CustomerProfile | undefined) ??
    DIRECTORY.find((entry) => entry.id === customerId)?.profile
  )
}

/**
 * Every customer the page lists (the directory first, then customers filed in the Playground), with
 * its state derived from the events up to the slider's date.
 * @example customerRows(snapshot, policy).map((row) => row.state.statusNumber)
 */
export function customerRows(snapshot: PlaygroundSnapshot, policy: Policy): CustomerRow[] {
  const ids = [...new Set([...DIRECTORY.map((entry) => entry.id), ...customerIdsOf(snapshot.events)])]
  return ids.flatMap((id) => {
    const profile = profileOf(snapshot.events, id)
    if (!profile) return []
    const history = historyAsOf(historyOf(snapshot.events, id), snapshot.now)
    return [{ id, profile, state: deriveState(history as Event[], policy, snapshot.now) }]
  })
}

/**
 * A screening index over the listed customers, for `checkRegistration`.
 * @example checkRegistration(candidate, { index: indexOf(rows), stateOf, policy, now, actor })
 */
export function indexOf(rows: readonly CustomerRow[]) {
  const index = createCustomerIndex()
  for (const row of rows) index.add(row.id, row.profile)
  return index
}

const MINUTE_MS = 60_000

/**
 * The announced visit for a filing made at `now`: an hour after the policy's lead time, so filings
 * under presets that require one (visit filing, on-site registration) are accepted. `undefined` when
 * the policy has no lead time.
 * @example visitAtFor(presets.visitFiling, '2026-03-16T20:00:00+08:00') // '2026-03-17T21:00:00+08:00'
 */
export function visitAtFor(policy: Policy, now: string): string | undefined {
  const { registration } = policy
  const rule = registration.kinds[registration.defaultKind]
  const lead = rule?.leadTime !== undefined ? rule.leadTime : registration.leadTime
  if (!lead) return undefined
  const months = (lead.years ?? 0) * 12 + (lead.months ?? 0)
  const minutes =
    ((lead.weeks ?? 0) * 7 + (lead.days ?? 0)) * 1440 + (lead.hours ?? 0) * 60 + (lead.minutes ?? 0) + 60
  return toShanghaiIso(Date.parse(addMonthsIso(now, months)) + minutes * MINUTE_MS)
}

/**
 * A `register` command for a claimant, with the announced visit when the policy needs one.
 * @example registerCommand('c6', 'wang-fang', profile, policy, now)
 */
export function registerCommand(
  customerId: string,
  claimant: string,
  profile: CustomerProfile,
  policy: Policy,
  now: string,
): Command {
  const visitAt = visitAtFor(policy, now)
  return { type: 'register', customerId, claimant, profile, ...(visitAt ? { visitAt } : {}) }
}

/**
 * Whether a stored snapshot can be shown: a known preset and team member, and events the core accepts
 * (so a hand-edited log is reset with a notice rather than crashing the page).
 * @example loadSnapshot(localStorage, sampleSnapshot, isPlayable)
 */
export function isPlayable(snapshot: PlaygroundSnapshot): boolean {
  return (
    isPresetId(snapshot.presetId) &&
    memberOf(snapshot.actorId) !== undefined &&
    HistorySchema.safeParse(snapshot.events).success
  )
}

/** The command a sample step stands for. */
function commandOf(step: SeedStep, policy: Policy): Command {
  const { customerId, at, actor } = step
  switch (step.type) {
    case 'register': {
      const profile = DIRECTORY.find((entry) => entry.id === customerId)?.profile ?? { name: customerId }
      return { ...registerCommand(customerId, actor, profile, policy, at), at }
    }
    case 'approve':
      return { type: 'approve', customerId, at, claimant: step.claimant }
    case 'record-payment':
      return { type: 'record-payment', customerId, at, claimant: actor, amount: step.amount }
    case 'log-visit':
      // A brought visit (带看), so presets that renew only on brought visits renew too.
      return {
        type: 'log-visit',
        customerId,
        at,
        claimant: actor,
        region: memberOf(actor)?.region,
        brought: true,
      }
  }
}

/**
 * A fresh snapshot: the sample history run through `decide` under the preset. Steps the preset rejects
 * (an approval where none is needed, a filing outside its submission window) are skipped, as a real
 * team's rejected attempts leave no events.
 * @example const snapshot = sampleSnapshot('dailyChemical')
 */
export function sampleSnapshot(presetId: string = PRESET_IDS[0]): PlaygroundSnapshot {
  const policy = policyOf(presetId)
  let snapshot: PlaygroundSnapshot = {
    version: STORE_VERSION,
    presetId: isPresetId(presetId) ? presetId : PRESET_IDS[0],
    actorId: FIRST_MEMBER.id,
    now: DEMO_START,
    events: [],
  }
  for (const step of SEED) {
    const actor = memberOf(step.actor)
    if (!actor) continue
    const outcome = perform({ ...snapshot, now: step.at }, commandOf(step, policy), policy, actor)
    if (outcome.ok) snapshot = outcome.snapshot
  }
  return { ...snapshot, now: DEMO_NOW }
}

/** The slider's range: from the first event to a year later. */
export function timeRange(snapshot: PlaygroundSnapshot): { start: string; end: string } {
  const first = snapshot.events.reduce<string>(
    (earliest, event) => (Date.parse(event.at) < Date.parse(earliest) ? event.at : earliest),
    DEMO_START,
  )
  return { start: first, end: addMonthsIso(first, 12) }
}
