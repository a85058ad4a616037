// The headless hooks inside react-hook-form: RHF owns the inputs and state, the kit supplies the
// policy's required fields, localised validation and live screening.
import {
  EMPTY_VALUES,
  type RegistrationValues,
  type ScreeningLookup,
  ScreeningResult,
  toProfile,
  useBaobei,
  useRegistrationScreen,
  validateRegistration,
} from '@baobei/react'
import { useId, useMemo } from 'react'
import { type Resolver, useForm } from 'react-hook-form'

type Props = { lookup: ScreeningLookup; onSubmit: (profile: ReturnType<typeof toProfile>) => void }

const FIELDS = ['name', 'uscc', 'phone', 'contact', 'address'] as const

export function RhfRegistration({ lookup, onSubmit }: Props) {
  const { policy, messages } = useBaobei()
  const id = useId()
  const required = policy.registration.requiredFields as readonly string[]
  // A resolver built on the kit's validation: same rules and messages as <RegistrationForm>.
  const resolver = useMemo<Resolver<RegistrationValues>>(
    () => async (values) => {
      const errors = validateRegistration({ ...EMPTY_VALUES, ...values }, required, messages)
      const entries = Object.entries(errors).map(([field, message]) => [field, { type: 'validate', message }])
      return entries.length === 0
        ? { values, errors: {} }
        : { values: {}, errors: Object.fromEntries(entries) }
    },
    [required, messages],
  )
  const form = useForm<RegistrationValues>({ defaultValues: EMPTY_VALUES, resolver, mode: 'onBlur' })
  const name = form.watch('name')
  const uscc = form.watch('uscc')
  const phone = form.watch('phone')
  const candidate = useMemo(
    () => (name.trim().length >= 2 ? toProfile({ name, uscc, phone }) : null),
    [name, uscc, phone],
  )
  const screen = useRegistrationScreen(candidate, lookup, { debounceMs: 200 })
  const blocked = !screen.stale && screen.result?.verdict === 'blocked'
  return (
    <form
      className="bb-form"
      aria-labelledby={`${id}-title`}
      noValidate
      onSubmit={form.handleSubmit((values) => onSubmit(toProfile(values)))}
    >
      <h2 id={`${id}-title`} className="bb-heading">
        react-hook-form + useRegistrationScreen
      </h2>
      {FIELDS.map((field) => {
        const error = form.formState.errors[field]?.message
        const isRequired = field === 'name' || required.includes(field)
        return (
          <div key={field} className="bb-field">
            <label className="bb-label" htmlFor={`${id}-${field}`}>
              {messages.fields[field]}
              {isRequired ? <span className="bb-required"> *</span> : null}
            </label>
            <input
              id={`${id}-${field}`}
              className="bb-input"
              aria-required={isRequired}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-${field}-error` : undefined}
              {...form.register(field)}
            />
            {error ? (
              <p id={`${id}-${field}-error`} className="bb-error">
                {error}
              </p>
            ) : null}
          </div>
        )
      })}
      <ScreeningResult screen={screen} />
      <div className="bb-actions">
        <button type="submit" className="bb-button bb-button--primary" disabled={blocked}>
          {messages.form.submit}
        </button>
      </div>
    </form>
  )
}
