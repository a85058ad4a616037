import { CHANNELS, normalizePhone, validateUscc } from '@baobei/core'
import { type FormEvent, useId, useMemo, useRef, useState } from 'react'
import { useBaobei } from './context'
import type { Actor, CustomerProfile, Match, Policy, RegistrationVerdict } from './core'
import { cx } from './cx'
import { RegistrationHints, type RegistrationLedger } from './RegistrationHints'
import {
  EMPTY_VALUES,
  type FormField,
  type RegistrationValues,
  readyToJudge,
  screeningCandidate,
  toProfile,
  validateRegistration,
  visibleFields,
} from './registration'
import { ScreeningResult } from './ScreeningResult'
import { type ScreeningLookup, useRegistrationScreen } from './useRegistrationScreen'

/** A region option: an id, or an id with its label. */
export type RegionOption = string | { value: string; label: string }

export type RegistrationFormProps = {
  /** Called with the filed profile (and the last screening verdict) when the form is valid. */
  onSubmit: (profile: CustomerProfile, check: RegistrationVerdict | null) => void | Promise<void>
  /** The host's async duplicate lookup; without it the form does not screen. */
  lookup?: ScreeningLookup
  /** Controlled values (with `onChange`). */
  value?: Partial<RegistrationValues>
  onChange?: (value: RegistrationValues) => void
  /** Initial values when uncontrolled. */
  defaultValues?: Partial<RegistrationValues>
  /** Fields to show; the policy's required fields are always added. */
  fields?: readonly FormField[]
  /** Channel ids for the picker; default the core's `CHANNELS`. */
  channels?: readonly string[]
  /** Regions for the picker; a free text field without them. */
  regions?: readonly RegionOption[]
  /** Debounce of the live screening, in ms (default 300). */
  debounceMs?: number
  /** Who files; defaults to the provider's actor. */
  actor?: Actor
  /** Scope of exclusivity to screen in. */
  scope?: string
  /** Display names for claimant ids (holder of a blocked customer). */
  claimantLabel?: (claimantId: string) => string
  /** Display names for matched customers. */
  matchLabel?: (match: Match) => string
  /** The claimant's counts, for the quota and daily-limit hints. */
  ledger?: RegistrationLedger
  /** Kind of filing (the policy's default kind otherwise), for screening and the submission-window hint. */
  kind?: Policy['registration']['defaultKind']
  /** Heading text; `null` hides it. */
  title?: string | null
  className?: string
}

/**
 * The registration (报备) form: policy-driven fields, localised validation, USCC and phone checked
 * while typing, and live duplicate screening through the host's `lookup` and `checkRegistration`.
 * A `blocked` verdict disables submission.
 * @example
 * <RegistrationForm regions={['华南', '华东']} lookup={lookup} onSubmit={(profile) => file(profile)} />
 */
export function RegistrationForm({
  onSubmit,
  lookup,
  value,
  onChange,
  defaultValues,
  fields,
  channels = CHANNELS,
  regions,
  debounceMs,
  actor,
  scope,
  claimantLabel,
  matchLabel,
  ledger,
  kind,
  title,
  className,
}: RegistrationFormProps) {
  const { policy, messages } = useBaobei()
  const id = useId()
  const required = policy.registration.requiredFields as readonly string[]
  const shown = useMemo(() => visibleFields(fields, required), [fields, required])
  const [inner, setInner] = useState<RegistrationValues>({ ...EMPTY_VALUES, ...defaultValues })
  const values: RegistrationValues = value ? { ...EMPTY_VALUES, ...value } : inner
  const [touched, setTouched] = useState<Partial<Record<FormField, boolean>>>({})
  const [submitted, setSubmitted] = useState(false)
  const [submitting, setSubmitting] = useState(false)
  const formRef = useRef<HTMLFormElement>(null)

  const errors = useMemo(() => validateRegistration(values, required, messages), [values, required, messages])
  const candidate = useMemo(() => screeningCandidate(values), [values])
  const screen = useRegistrationScreen(candidate, lookup, { debounceMs, actor, scope, kind })
  const blocked = !screen.stale && screen.result?.verdict === 'blocked'

  const update = (field: FormField, next: string) => {
    const all = { ...values, [field]: next }
    if (!value) setInner(all)
    onChange?.(all)
  }
  const visibleError = (field: FormField): string | undefined => {
    const error = errors[field]
    if (!error) return undefined
    if (submitted || touched[field]) return error
    // USCC and phone are judged as typed once long enough.
    if ((field === 'uscc' || field === 'phone') && readyToJudge(field, values[field])) return error
    return undefined
  }

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    setSubmitted(true)
    const firstInvalid = shown.find((field) => errors[field])
    if (firstInvalid) {
      formRef.current?.querySelector<HTMLElement>(`[name="${firstInvalid}"]`)?.focus()
      return
    }
    if (blocked || submitting) return
    setSubmitting(true)
    try {
      await onSubmit(toProfile(values), screen.stale ? null : screen.result)
    } finally {
      setSubmitting(false)
    }
  }

  const fieldId = (field: FormField) => `${id}-${field}`
  const control = (field: FormField) => {
    const error = visibleError(field)
    const isRequired = field === 'name' || required.includes(field)
    const describedBy = [
      error ? `${fieldId(field)}-error` : null,
      okText(field) ? `${fieldId(field)}-ok` : null,
    ]
      .filter(Boolean)
      .join(' ')
    const common = {
      id: fieldId(field),
      name: field,
      value: values[field],
      required: isRequired,
      'aria-required': isRequired,
      'aria-invalid': error ? true : undefined,
      'aria-describedby': describedBy || undefined,
      onBlur: () => setTouched((t) => ({ ...t, [field]: true })),
    }
    if (field === 'channel' || field === 'grade' || (field === 'region' && regions)) {
      const options = optionsFor(field)
      return (
        <select {...common} className="bb-select" onChange={(e) => update(field, e.target.value)}>
          <option value="">{messages.form.choose}</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )
    }
    return (
      <input
        {...common}
        className="bb-input"
        type={field === 'phone' ? 'tel' : 'text'}
        autoComplete={field === 'phone' ? 'tel' : field === 'address' ? 'street-address' : 'off'}
        inputMode={field === 'phone' ? 'tel' : undefined}
        onChange={(e) => update(field, e.target.value)}
      />
    )
  }
  const optionsFor = (field: 'channel' | 'grade' | 'region') => {
    if (field === 'channel') return channels.map((c) => ({ value: c, label: messages.channels[c] ?? c }))
    if (field === 'grade')
      return (['H', 'A', 'B', 'C'] as const).map((g) => ({ value: g, label: messages.grades[g] }))
    return (regions ?? []).map((r) => (typeof r === 'string' ? { value: r, label: r } : r))
  }
  // A positive hint once a USCC or phone is valid, so the user knows it was checked.
  const okText = (field: FormField): string | null => {
    const raw = values[field].trim()
    if (!raw || errors[field]) return null
    if (field === 'uscc' && validateUscc(raw).valid) return messages.form.usccValid
    if (field === 'phone') {
      const phone = normalizePhone(raw)
      return phone.valid ? messages.form.phoneValid(phone.kind) : null
    }
    return null
  }

  const headingId = `${id}-title`
  const heading = title === undefined ? messages.form.title : title
  return (
    <form
      ref={formRef}
      className={cx('bb-form', className)}
      noValidate
      onSubmit={submit}
      aria-labelledby={heading ? headingId : undefined}
      aria-label={heading ? undefined : messages.form.title}
    >
      {heading ? (
        <h2 id={headingId} className="bb-heading">
          {heading}
        </h2>
      ) : null}
      <p className="bb-hint">{messages.form.requiredLegend}</p>
      <RegistrationHints kind={kind} ledger={ledger} />
      <div className="bb-form__grid">
        {shown.map((field) => {
          const error = visibleError(field)
          const ok = okText(field)
          const isRequired = field === 'name' || required.includes(field)
          return (
            <div key={field} className="bb-field">
              <label className="bb-label" htmlFor={fieldId(field)}>
                {messages.fields[field]}
                {isRequired ? (
                  <span className="bb-required" aria-hidden="true">
                    *
                  </span>
                ) : null}
              </label>
              {control(field)}
              {error ? (
                <p id={`${fieldId(field)}-error`} className="bb-error">
                  {error}
                </p>
              ) : null}
              {ok ? (
                <p id={`${fieldId(field)}-ok`} className="bb-ok">
                  {ok}
                </p>
              ) : null}
            </div>
          )
        })}
      </div>
      {lookup ? (
        <ScreeningResult
          screen={screen}
          claimantLabel={claimantLabel}
          matchLabel={matchLabel}
          describedId={`${id}-screening`}
        />
      ) : null}
      <div className="bb-actions">
        <button
          type="submit"
          className="bb-button bb-button--primary"
          disabled={blocked || submitting}
          aria-describedby={blocked ? `${id}-screening` : undefined}
        >
          {submitting ? messages.form.submitting : messages.form.submit}
        </button>
        {blocked ? <span className="bb-error">{messages.form.blockedSubmit}</span> : null}
      </div>
    </form>
  )
}
