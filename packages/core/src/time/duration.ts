import * as z from 'zod/mini'
import { wholeNumber } from '../model/refinements'

const count = z.optional(wholeNumber())

/**
 * A date-fns `Duration` (`{ months: 3 }`, `{ days: 7 }`): whole, non-negative calendar units.
 *
 * @example
 * DurationSchema.parse({ months: 3 }) // { months: 3 }
 */
export const DurationSchema = z.object({
  years: count,
  months: count,
  weeks: count,
  days: count,
  hours: count,
  minutes: count,
  seconds: count,
})

/**
 * A calendar duration, as date-fns understands it.
 *
 * @example
 * const d: Duration = { days: 7 }
 */
export type Duration = z.infer<typeof DurationSchema>

/**
 * How a window counts: from the instant itself, or by calendar days including the start day
 * ("7天(包含当天)": the window starts at the start of the local day).
 *
 * @example
 * WindowSchema.parse({ duration: { days: 7 }, counting: 'calendar-days-inclusive' })
 */
export const WindowSchema = z.object({
  duration: DurationSchema,
  counting: z.enum(['instant', 'calendar-days-inclusive']),
})

/**
 * A protection window.
 *
 * @example
 * const w: Window = { duration: { months: 3 }, counting: 'instant' }
 */
export type Window = z.infer<typeof WindowSchema>
