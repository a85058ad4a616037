import * as z from 'zod/mini'
import { IdSchema } from '../model/id'
import { CustomerProfileSchema, GradeSchema } from '../model/profile'
import { recordOf } from '../model/record-of'
import { minItems, nonNegativeNumber, wholeNumber } from '../model/refinements'
import { RegistrationKindSchema } from '../model/registration-kind'
import { DurationSchema, isTimeZone, TimeRangeSchema, WindowSchema } from '../time/index'

const roles = z.array(IdSchema)
const limit = z.nullable(wholeNumber())

// A required field is any field of the profile.
const ProfileFieldSchema = z.keyof(CustomerProfileSchema)

/** Rules that differ by kind of filing; `null` switches a registration-wide rule off for the kind. */
const KindRuleSchema = z.object({
  window: z.optional(WindowSchema),
  submissionWindow: z.optional(z.nullable(TimeRangeSchema)),
  leadTime: z.optional(z.nullable(DurationSchema)),
  perDay: z.optional(limit),
})

const RegistrationSchema = z.object({
  /** Kind used when a `register` command names none. */
  defaultKind: RegistrationKindSchema,
  /** Protection window of a filing (报备保护期). */
  window: WindowSchema,
  kinds: z.object({
    company: z.optional(KindRuleSchema),
    project: z.optional(KindRuleSchema),
    'pre-registration': z.optional(KindRuleSchema),
    'on-site': z.optional(KindRuleSchema),
    'walk-in-inquiry': z.optional(KindRuleSchema),
  }),
  requiredFields: z.array(ProfileFieldSchema),
  /** 正盛: a title-only name (先生/女士) or a masked or short phone makes the filing invalid. */
  rejectIncompleteContacts: z.boolean(),
  /** Local time of day when filings are accepted (e.g. 18:00–21:00). */
  submissionWindow: z.nullable(TimeRangeSchema),
  /** Minimum time between the filing and the announced visit (`visitAt`). */
  leadTime: z.nullable(DurationSchema),
  approval: z.object({
    required: z.boolean(),
    approverRoles: roles,
    /** Protection counts from the submission or from the approval. */
    protectFrom: z.enum(['submission', 'approval']),
  }),
})

const LimitsSchema = z.object({
  /** Filings per claimant per local day. */
  filingsPerDay: limit,
  /** Customers a claimant may hold protected at once. */
  activeProtected: limit,
  /** Whether cooperating (paying) customers count towards `activeProtected`. */
  cooperatingCountsAsActive: z.boolean(),
  poolClaimsPerDay: limit,
  /** Time before a previous owner may take back a released customer. */
  previousOwnerCooldown: z.nullable(DurationSchema),
})

const RenewalsSchema = z.object({
  /** A visit by the owner extends protection to at least `visit + extendsBy`. */
  visit: z.nullable(z.object({ extendsBy: WindowSchema, requireBrought: z.boolean() })),
  /** A deposit (定金) protects for its own window. */
  deposit: z.nullable(z.object({ window: WindowSchema })),
  /** 源华: follow-up cadence by grade; a missed follow-up releases or only warns. */
  followUp: z.nullable(
    z.object({
      cadence: z.object({ H: DurationSchema, A: DurationSchema, B: DurationSchema, C: DurationSchema }),
      defaultGrade: GradeSchema,
      onMissed: z.enum(['release', 'warn']),
    }),
  ),
})

/** A rung of a violation's sanction ladder (internal; recorded on `violation-recorded`). */
export const SanctionSchema = z.object({
  fine: z.optional(nonNegativeNumber()),
  suspendDays: z.optional(wholeNumber()),
  dismiss: z.optional(z.boolean()),
  warning: z.optional(z.boolean()),
})

const ConflictsSchema = z.object({
  criteria: z.array(z.enum(['earliest-registration', 'completeness', 'tracking-detail', 'appointment'])),
  tie: z.enum(['split', 'escalate']),
  splitShares: z
    .array(wholeNumber(0, 100))
    .check(
      z.refine((shares) => shares.reduce((sum, share) => sum + share, 0) === 100, 'shares must sum to 100'),
    ),
  arbitrators: roles,
  collisionWindow: DurationSchema,
  quarrelInvalidatesAll: z.boolean(),
  settleAfterCustomerLeaves: z.boolean(),
})

/** Where a lapsed or released customer goes: open to everyone, or the company pool (公海) (internal). */
export const ReleaseTargetSchema = z.enum(['open', 'pool'])

/** Who a walk-in belongs to: the rep they name, the house, or the rotation (轮接) (internal). */
export const WalkInModeSchema = z.enum(['named-rep', 'house', 'rotation'])

/**
 * The full, validated rules of one company (SPEC §4). Build one with `definePolicy`, which fills
 * defaults; this schema checks a complete policy.
 *
 * @example
 * PolicySchema.safeParse(presets.dailyChemical).success // true
 */
export const PolicySchema = z.object({
  name: z.string(),
  /** Seed the preset comes from, when it is one. */
  seed: z.optional(z.string()),
  /** IANA zone whose calendar all windows use. */
  timeZone: z.string().check(z.refine(isTimeZone, 'unknown IANA time zone')),
  /** Level of exclusivity: one owner per company, division, channel or project. */
  scope: z.enum(['company', 'division', 'channel', 'project']),
  registration: RegistrationSchema,
  limits: LimitsSchema,
  renewals: RenewalsSchema,
  /** After a payment: ④ from `warnAfter` (null: no warning stage), ⑤ from `releaseAfter`. */
  cooperation: z.object({ warnAfter: z.nullable(DurationSchema), releaseAfter: DurationSchema }),
  /** Where a lapsed or released customer goes: open to everyone, or the company pool (公海). */
  release: z.object({ to: ReleaseTargetSchema }),
  /** Extension on request (顺延申请). */
  extension: z.object({ maxTimes: wholeNumber(), by: DurationSchema, approverRoles: roles }),
  walkIns: z.object({
    mode: WalkInModeSchema,
    /** Claimant id that holds house customers. */
    house: IdSchema,
    /** Protection of an attributed walk-in; null = permanent (客户权属: 永久保护). */
    window: z.nullable(WindowSchema),
  }),
  conflicts: ConflictsSchema,
  violations: recordOf(
    z.object({ label: z.optional(z.string()), ladder: z.array(SanctionSchema).check(minItems(1)) }),
  ),
  confidentiality: z.object({
    maskContacts: z.boolean(),
    viewerRoles: roles,
    grantDuration: DurationSchema,
  }),
  retention: z.object({ period: DurationSchema, destructionApproverRoles: roles }),
  /** Lead before a protection end from which a customer is "expiring soon". */
  warningLead: DurationSchema,
  /** Roles that may release, transfer, lock, assign from the pool and record violations. */
  managerRoles: roles,
  /** Roles that may record payments and deposits for a claimant. */
  financeRoles: roles,
})

/**
 * A validated policy.
 *
 * @example
 * const zone: Policy['timeZone'] = presets.dailyChemical.timeZone
 */
export type Policy = z.infer<typeof PolicySchema>

type DeepPartial<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> | undefined }
    : T

/**
 * What `definePolicy` accepts: any part of a policy; the rest comes from the defaults.
 * Arrays replace the default, objects merge key by key.
 *
 * @example
 * const input: PolicyInput = { registration: { window: { duration: { months: 6 } } } }
 */
export type PolicyInput = DeepPartial<Policy>
