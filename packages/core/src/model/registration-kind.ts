import * as z from 'zod/mini'

/**
 * Kinds of filing: company-level and project-level (大天), pre-registration and on-site registration
 * (正盛 预报备 / 临报备), and a walk-in inquiry (seed 003 到店咨询).
 *
 * @example
 * RegistrationKindSchema.parse('pre-registration')
 */
export const RegistrationKindSchema = z.enum([
  'company',
  'project',
  'pre-registration',
  'on-site',
  'walk-in-inquiry',
])

/**
 * A kind of filing.
 *
 * @example
 * const k: RegistrationKind = 'project'
 */
export type RegistrationKind = z.infer<typeof RegistrationKindSchema>
