import * as z from 'zod/mini'
import { ConflictKindSchema, ResolutionSchema } from '../model/conflict'
import { IdSchema } from '../model/id'
import { InstantSchema } from '../model/instant'
import { CustomerProfileSchema, GradeSchema } from '../model/profile'
import { wholeNumber } from '../model/refinements'
import { RegistrationKindSchema } from '../model/registration-kind'
import { ReleaseTargetSchema, SanctionSchema, WalkInModeSchema } from '../policy/schema'
import { TransferReasonSchema } from './commands'

const id = IdSchema
const instantOrNull = z.nullable(InstantSchema)

const base = { id, customerId: id, at: InstantSchema, actor: id, scope: id }

// Deadlines are computed by `decide` under the policy in force and recorded on the event, so
// folding a history needs no calendar arithmetic (and old claims keep the rules they were filed under).
// `until` null = no end (permanent); `expiringFrom` = start of the "expiring soon" lead.
const deadline = { until: instantOrNull, expiringFrom: instantOrNull }
const followUp = { followUpDue: z.optional(InstantSchema), followUpWarnFrom: z.optional(InstantSchema) }
// Present only when the event moved the protection end (a visit, a deposit, an award).
const newDeadline = { until: z.optional(instantOrNull), expiringFrom: z.optional(instantOrNull) }

// A filing, approved at once (`registered`) or awaiting approval (`registration-submitted`).
const filing = {
  claimant: id,
  kind: RegistrationKindSchema,
  profile: CustomerProfileSchema,
  visitAt: z.optional(InstantSchema),
  ...deadline,
  ...followUp,
}

const event = <T extends string, S extends z.core.$ZodLooseShape>(type: T, shape: S) =>
  z.object({ type: z.literal(type), ...base, ...shape })

/**
 * The durable record: past-tense events, discriminated on `type`. A history is append-only and is
 * also the audit log. Event ids are `${customerId}:${position}`.
 *
 * @example
 * EventSchema.safeParse(history[0]).success // true
 */
export const EventSchema = z.discriminatedUnion('type', [
  event('registered', filing),
  event('registration-submitted', {
    ...filing,
    /** Whether protection counts from this submission (policy `protectFrom: 'submission'`). */
    protects: z.boolean(),
  }),
  event('registration-approved', { claimant: id, ...deadline, ...followUp }),
  event('registration-rejected', { claimant: id, reason: z.optional(z.string()) }),
  event('visit-logged', {
    claimant: id,
    region: z.optional(z.string()),
    appointment: z.boolean(),
    brought: z.boolean(),
    ...newDeadline,
  }),
  event('follow-up-logged', { claimant: id, grade: GradeSchema, note: z.optional(z.string()), ...followUp }),
  event('payment-recorded', {
    claimant: id,
    amount: z.number(),
    /** Start of ④ (cooperating-warning); null when the policy has no warning stage. */
    warnFrom: instantOrNull,
    ...deadline,
  }),
  event('deposit-recorded', {
    claimant: id,
    amount: z.optional(z.number()),
    ...newDeadline,
  }),
  event('extended', { claimant: id, times: wholeNumber(1), ...deadline }),
  event('released', {
    claimant: id,
    to: ReleaseTargetSchema,
    reason: z.enum(['manual', 'lapsed', 'follow-up-missed']),
    note: z.optional(z.string()),
  }),
  event('claimed', { claimant: id, ...deadline, ...followUp }),
  event('transferred', { from: id, claimant: id, reason: TransferReasonSchema }),
  event('locked', { reason: z.optional(z.string()) }),
  event('unlocked', { reason: z.optional(z.string()) }),
  event('walk-in-attributed', {
    claimant: id,
    mode: WalkInModeSchema,
    servedBy: z.optional(id),
    profile: CustomerProfileSchema,
    ...deadline,
  }),
  event('conflict-opened', {
    conflictId: id,
    kind: ConflictKindSchema,
    claimants: z.array(id),
    region: z.optional(z.string()),
    note: z.optional(z.string()),
  }),
  event('conflict-resolved', {
    conflictId: id,
    resolution: ResolutionSchema,
    reason: z.string(),
    /** When the customer left, as the arbitrator recorded it. */
    customerLeftAt: z.optional(InstantSchema),
    /** Protection of the winner when the award starts a new claim. */
    ...newDeadline,
  }),
  event('violation-recorded', {
    claimant: id,
    violation: id,
    note: z.optional(z.string()),
    /** This is the claimant's nth violation of this kind. */
    nth: wholeNumber(1),
    sanction: SanctionSchema,
  }),
])

/**
 * An event of a customer's history.
 *
 * @example
 * const e: Event = history[history.length - 1]
 */
export type Event = z.infer<typeof EventSchema>

/**
 * The `type` of an event.
 *
 * @example
 * const t: EventType = 'payment-recorded'
 */
export type EventType = Event['type']

/**
 * A whole history: the events of one customer, oldest first.
 *
 * @example
 * HistorySchema.safeParse(rowsFromDatabase).success
 */
export const HistorySchema = z.array(EventSchema)

/**
 * Validates a history read from storage (use at the boundary; `deriveState` and `sweep` trust theirs).
 *
 * @example
 * const result = parseHistory(JSON.parse(row.events))
 * if (result.success) deriveState(result.data, policy, now)
 */
export function parseHistory(history: unknown): ReturnType<typeof HistorySchema.safeParse> {
  return HistorySchema.safeParse(history)
}
