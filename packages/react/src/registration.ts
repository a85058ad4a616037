import { CustomerProfileSchema, GradeSchema, normalizePhone, validateUscc } from '@baobei/core'
import type { CustomerProfile } from './core'
import type { Messages } from './messages'

/**
 * The profile fields the form can show, in display order.
 * @example
 * <RegistrationForm fields={FORM_FIELDS} onSubmit={file} />
 */
export const FORM_FIELDS = [
  'name',
  'uscc',
  'phone',
  'contact',
  'address',
  'channel',
  'region',
  'grade',
  'project',
] as const

export type FormField = (typeof FORM_FIELDS)[number]

/** The form's values: one string per field, as typed. */
export type RegistrationValues = Record<FormField, string>

const TEXT_FIELDS = ['uscc', 'phone', 'contact', 'address', 'channel', 'region', 'project'] as const

/** Fields shown when the host does not choose (the policy's required fields are always added). */
export const DEFAULT_FIELDS: readonly FormField[] = [
  'name',
  'uscc',
  'phone',
  'contact',
  'address',
  'channel',
  'region',
]

/**
 * A blank form: every field an empty string.
 * @example
 * useForm<RegistrationValues>({ defaultValues: EMPTY_VALUES })
 */
export const EMPTY_VALUES: RegistrationValues = {
  name: '',
  uscc: '',
  phone: '',
  contact: '',
  address: '',
  channel: '',
  region: '',
  grade: '',
  project: '',
}

/**
 * Which fields to render: the host's choice (or the defaults) plus every required one, in form order.
 * @example
 * visibleFields(undefined, ['name', 'grade']) // ['name','uscc','phone','contact','address','channel','region','grade']
 */
export function visibleFields(
  chosen: readonly FormField[] | undefined,
  required: readonly string[],
): FormField[] {
  const wanted = new Set<string>([...(chosen ?? DEFAULT_FIELDS), ...required, 'name'])
  return FORM_FIELDS.filter((field) => wanted.has(field))
}

/**
 * The profile a filing describes: trimmed values, empty ones left out.
 * @example
 * toProfile({ ...EMPTY_VALUES, name: ' 思萨科技 ', phone: '13300003333' }) // { name: '思萨科技', phone: '13300003333' }
 */
export function toProfile(values: Partial<RegistrationValues>): CustomerProfile {
  const text = (field: FormField) => values[field]?.trim() ?? ''
  const profile: CustomerProfile = { name: text('name') }
  for (const field of TEXT_FIELDS) {
    const value = text(field)
    if (value) profile[field] = value
  }
  const grade = GradeSchema.safeParse(text('grade'))
  if (grade.success) profile.grade = grade.data
  return profile
}

/** Per-field error messages; a field without an entry is valid. */
export type FieldErrors = Partial<Record<FormField, string>>

/**
 * Validates the values against the policy's required fields, the USCC and phone rules and the
 * core's profile schema, with localised messages.
 * @example
 * validateRegistration({ ...EMPTY_VALUES }, ['name'], messages).name // '此项为必填'
 */
export function validateRegistration(
  values: RegistrationValues,
  required: readonly string[],
  messages: Messages,
): FieldErrors {
  const errors: FieldErrors = {}
  for (const field of FORM_FIELDS) {
    if ((field === 'name' || required.includes(field)) && !values[field].trim()) {
      errors[field] = messages.validation.required
    }
  }
  const uscc = values.uscc.trim()
  if (uscc && !errors.uscc) {
    const check = validateUscc(uscc)
    if (!check.valid) errors.uscc = messages.validation.uscc[check.reason ?? 'check']
  }
  const phone = values.phone.trim()
  if (phone && !errors.phone && !normalizePhone(phone).valid) errors.phone = messages.validation.phone
  const parsed = CustomerProfileSchema.safeParse(toProfile(values))
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0]
      if (typeof field === 'string' && field in EMPTY_VALUES && !errors[field as FormField]) {
        errors[field as FormField] = issueMessage(issue, messages)
      }
    }
  }
  return errors
}

type Issue = { code: string; minimum?: unknown; maximum?: unknown }

/** A zod issue in the user's language (zod's own messages are English only). */
function issueMessage(issue: Issue, messages: Messages): string {
  if (issue.code === 'too_small' && typeof issue.minimum === 'number')
    return messages.validation.tooShort(issue.minimum)
  if (issue.code === 'too_big' && typeof issue.maximum === 'number')
    return messages.validation.tooLong(issue.maximum)
  return messages.validation.invalid
}

/**
 * Whether a USCC or phone is complete enough to judge while the user is still typing.
 * @example
 * readyToJudge('uscc', '91440300') // false
 */
export function readyToJudge(field: 'uscc' | 'phone', value: string): boolean {
  const significant = value.replace(/[\s\-()（）+]/g, '')
  return field === 'uscc' ? significant.length >= 18 : significant.length >= 11
}

/**
 * The candidate worth screening for duplicates, or `null` while nothing identifying is typed.
 * @example
 * screeningCandidate({ ...EMPTY_VALUES, name: '思' }) // null
 */
export function screeningCandidate(values: RegistrationValues): CustomerProfile | null {
  const hasName = values.name.trim().length >= 2
  const hasUscc = validateUscc(values.uscc.trim()).valid
  const hasPhone = normalizePhone(values.phone.trim()).valid
  return hasName || hasUscc || hasPhone ? toProfile(values) : null
}
