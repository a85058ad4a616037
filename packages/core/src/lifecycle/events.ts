import * as z from 'zod/mini'
import { ConflictKindSchema, ResolutionSchema } from '../model/conflict'
import { InstantSchema } from '../model/instant'
import { CustomerProfileSchema, GradeSchema } from '../model/profile'
import { RegistrationKindSchema } from '../model/registration-kind'

const id = z.string().check(z.minLength(1))
const instantOrNull = z.nullable(InstantSchema)

const base = { id, customerId: id, at: InstantSchema, actor: id, scope: id }

// Deadlines are computed by `decide` under the policy in force and recorded on the event, so
// folding a history needs no calendar arithmetic (and old claims keep the rules they were filed under).
// `until` null = no end (permanent); `expiringFrom` = start of the "expiring soon" lead.
const deadline = { until: instantOrNull, expiringFrom: instantOrNull }
const followUp = { followUpDue: z.optional(InstantSchema), followUpWarnFrom: z.optional(InstantSchema) }

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
  event('registered', {
    claimant: id,
    kind: RegistrationKindSchema,
    profile: CustomerProfileSchema,
    visitAt: z.optional(InstantSchema),
    ...deadline,
    ...followUp,
  }),
  event('registration-submitted', {
    claimant: id,
    kind: RegistrationKindSchema,
    profile: CustomerProfileSchema,
    visitAt: z.optional(InstantSchema),
    /** Whether protection counts from this submission (policy `protectFrom: 'submission'`). */
    protects: z.boolean(),
    ...deadline,
    ...followUp,
  }),
  event('registration-approved', { claimant: id, ...deadline, ...followUp }),
  event('registration-rejected', { claimant: id, reason: z.optional(z.string()) }),
  event('visit-logged', {
    claimant: id,
    region: z.optional(z.string()),
    appointment: z.boolean(),
    brought: z.boolean(),
    /** Present when the visit extended the owner's protection. */
    until: z.optional(instantOrNull),
    expiringFrom: z.optional(instantOrNull),
  }),
  event('follow-up-logged', {
    claimant: id,
    grade: GradeSchema,
    note: z.optional(z.string()),
    followUpDue: z.optional(InstantSchema),
    followUpWarnFrom: z.optional(InstantSchema),
  }),
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
    until: z.optional(instantOrNull),
    expiringFrom: z.optional(instantOrNull),
  }),
  event('extended', { claimant: id, times: z.int().check(z.gte(1)), ...deadline }),
  event('released', {
    claimant: id,
    to: z.enum(['open', 'pool']),
    reason: z.enum(['manual', 'lapsed', 'follow-up-missed']),
    note: z.optional(z.string()),
  }),
  event('claimed', { claimant: id, ...deadline, ...followUp }),
  event('transferred', { from: id, claimant: id, reason: z.enum(['handover', 'reassignment']) }),
  event('locked', { reason: z.optional(z.string()) }),
  event('unlocked', { reason: z.optional(z.string()) }),
  event('walk-in-attributed', {
    claimant: id,
    mode: z.enum(['named-rep', 'house', 'rotation']),
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
    until: z.optional(instantOrNull),
    expiringFrom: z.optional(instantOrNull),
  }),
  event('violation-recorded', {
    claimant: id,
    violation: id,
    note: z.optional(z.string()),
    /** This is the claimant's nth violation of this kind. */
    nth: z.int().check(z.gte(1)),
    sanction: z.object({
      fine: z.optional(z.number()),
      suspendDays: z.optional(z.int()),
      dismiss: z.optional(z.boolean()),
      warning: z.optional(z.boolean()),
    }),
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
