import * as z from 'zod/mini'

/**
 * Follow-up grades of seed 002 (源华): H, A, B, C.
 *
 * @example
 * GradeSchema.parse('H')
 */
export const GradeSchema = z.enum(['H', 'A', 'B', 'C'])

/**
 * A follow-up grade.
 *
 * @example
 * const g: Grade = 'A'
 */
export type Grade = z.infer<typeof GradeSchema>

/**
 * A person linked to the customer (源华: spouse, parents, siblings; seed 003: relatives on one property).
 *
 * @example
 * RelativeSchema.parse({ relation: 'spouse', phone: '13300003333' })
 */
export const RelativeSchema = z.object({
  relation: z.enum(['spouse', 'parent', 'sibling', 'child', 'relative']),
  name: z.optional(z.string()),
  phone: z.string(),
})

/**
 * Tracking detail of a filing (expected amount, unit price, signing date, feedback).
 *
 * @example
 * TrackingSchema.parse({ expectedAmount: 100000, feedback: 'wants a demo' })
 */
export const TrackingSchema = z.object({
  expectedAmount: z.optional(z.number()),
  unitPrice: z.optional(z.number()),
  signingDate: z.optional(z.string()),
  feedback: z.optional(z.string()),
})

/**
 * What a filing (报备) describes about the customer.
 *
 * @example
 * CustomerProfileSchema.parse({ name: '深圳市思萨科技股份有限公司', phone: '0755-12345678' })
 */
export const CustomerProfileSchema = z.object({
  /** Company or person name as typed. */
  name: z.string(),
  /** 统一社会信用代码. */
  uscc: z.optional(z.string()),
  /** Main contact phone as typed. */
  phone: z.optional(z.string()),
  phones: z.optional(z.array(z.string())),
  address: z.optional(z.string()),
  /** Contact person name. */
  contact: z.optional(z.string()),
  /** A CHANNELS id or a host-defined one. */
  channel: z.optional(z.string()),
  /** Sales region / 区域. */
  region: z.optional(z.string()),
  grade: z.optional(GradeSchema),
  /** Project name for project-level filing (大天). */
  project: z.optional(z.string()),
  relatives: z.optional(z.array(RelativeSchema)),
  tracking: z.optional(TrackingSchema),
})

/**
 * A customer profile as filed.
 *
 * @example
 * const p: CustomerProfile = { name: '张三', phone: '13300003333', grade: 'H' }
 */
export type CustomerProfile = z.infer<typeof CustomerProfileSchema>
