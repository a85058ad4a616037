import * as z from 'zod/mini'
import { ConflictKindSchema, ResolutionSchema } from '../model/conflict'
import { IdSchema } from '../model/id'
import { InstantSchema } from '../model/instant'
import { CustomerProfileSchema, GradeSchema } from '../model/profile'
import { recordOf } from '../model/record-of'
import { minItems, positiveNumber, wholeNumber } from '../model/refinements'
import { RegistrationKindSchema } from '../model/registration-kind'
import { ReleaseTargetSchema } from '../policy/schema'
import { DurationSchema } from '../time/index'

const id = IdSchema

// Every command names the customer, may name its scope and may backdate the fact it records.
const base = { customerId: id, scope: z.optional(id), at: z.optional(InstantSchema) }

const command = <T extends string, S extends z.core.$ZodLooseShape>(type: T, shape: S) =>
  z.object({ type: z.literal(type), ...base, ...shape })

/** Why a claim changes hands: a leaver's handover (离职交接) or a reassignment (internal). */
export const TransferReasonSchema = z.enum(['handover', 'reassignment'])

/**
 * The 17 commands of SPEC §5, discriminated on `type`. The acting identity is `context.actor`.
 *
 * @example
 * CommandSchema.parse({ type: 'register', customerId: 'c1', claimant: 'rep-1', profile: { name: '思萨' } })
 */
export const CommandSchema = z.discriminatedUnion('type', [
  command('register', {
    claimant: id,
    profile: CustomerProfileSchema,
    kind: z.optional(RegistrationKindSchema),
    /** The announced visit, checked against the policy's lead time. */
    visitAt: z.optional(InstantSchema),
  }),
  command('approve', { claimant: id }),
  command('reject', { claimant: id, reason: z.optional(z.string()) }),
  command('log-visit', {
    claimant: id,
    region: z.optional(z.string()),
    appointment: z.optional(z.boolean()),
    brought: z.optional(z.boolean()),
  }),
  command('log-follow-up', { claimant: id, grade: z.optional(GradeSchema), note: z.optional(z.string()) }),
  command('record-payment', { claimant: id, amount: positiveNumber() }),
  command('record-deposit', { claimant: id, amount: z.optional(positiveNumber()) }),
  command('extend', { claimant: id, by: z.optional(DurationSchema) }),
  command('release', { to: z.optional(ReleaseTargetSchema), reason: z.optional(z.string()) }),
  command('claim', { claimant: id }),
  command('transfer', { to: id, reason: TransferReasonSchema }),
  command('lock', { reason: z.optional(z.string()) }),
  command('unlock', { reason: z.optional(z.string()) }),
  command('attribute-walk-in', {
    profile: CustomerProfileSchema,
    /** The rep the customer asked for (飞达: 提出销售人员的名字). */
    namedRep: z.optional(id),
    /** Reps next in the rotation (轮接), next first; falls back to `ledger.rotation`. */
    rotation: z.optional(z.array(id)),
  }),
  command('open-conflict', {
    conflictId: id,
    kind: ConflictKindSchema,
    claimants: z.array(id).check(minItems(2)),
    region: z.optional(z.string()),
    note: z.optional(z.string()),
  }),
  command('resolve-conflict', {
    conflictId: id,
    resolution: ResolutionSchema,
    reason: z.string(),
    /**
     * When the customer left (源华 / seed 003: disputes are settled only after the customer has
     * left). Required to settle under `conflicts.settleAfterCustomerLeaves`; recorded once per conflict.
     */
    customerLeftAt: z.optional(InstantSchema),
  }),
  command('record-violation', { claimant: id, violation: id, note: z.optional(z.string()) }),
])

/**
 * A command: what someone asks the core to decide.
 *
 * @example
 * const c: Command = { type: 'record-payment', customerId: 'c1', claimant: 'rep-1', amount: 5000 }
 */
export type Command = z.infer<typeof CommandSchema>

/**
 * The `type` of a command.
 *
 * @example
 * const t: CommandType = 'log-visit'
 */
export type CommandType = Command['type']

/**
 * Claimant-wide facts one customer's history cannot know, supplied by the host.
 *
 * @example
 * LedgerSchema.parse({ activeProtected: 12, filedToday: 3, violations: { 'false-filing': 1 } })
 */
export const LedgerSchema = z.object({
  /** Customers the claimant holds protected now (other customers). */
  activeProtected: z.optional(wholeNumber()),
  /** Filings by the claimant today (local day), of the kind being filed when limits differ by kind. */
  filedToday: z.optional(wholeNumber()),
  poolClaimsToday: z.optional(wholeNumber()),
  /** Earlier violations of each kind by the claimant, across customers. */
  violations: z.optional(recordOf(wholeNumber())),
  /** The walk-in rotation (轮接), next first. */
  rotation: z.optional(z.array(id)),
})

/**
 * Claimant-wide facts for `decide`.
 *
 * @example
 * const ledger: Ledger = { activeProtected: 3 }
 */
export type Ledger = z.infer<typeof LedgerSchema>
