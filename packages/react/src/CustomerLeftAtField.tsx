import type { Ref } from 'react'
import { useBaobei } from './context'

export type CustomerLeftAtFieldProps = {
  /** Id of the input; the hint and the error derive theirs from it. */
  id: string
  /** The `datetime-local` value, on the policy zone's wall clock. */
  value: string
  onChange: (value: string) => void
  /** Settling needs it; escalating does not. */
  required: boolean
  /** Show the "required" error. */
  invalid: boolean
  inputRef?: Ref<HTMLInputElement>
}

/**
 * "Customer left at" (客户离开时间), asked for under `conflicts.settleAfterCustomerLeaves` (源华 / seed
 * 003): a dispute is settled only once the customer has left.
 * @example
 * <CustomerLeftAtField id="left" value={value} onChange={setValue} required invalid={false} />
 */
export function CustomerLeftAtField({
  id,
  value,
  onChange,
  required,
  invalid,
  inputRef,
}: CustomerLeftAtFieldProps) {
  const { policy, messages } = useBaobei()
  const m = messages.conflict
  const describedBy = invalid ? `${id}-hint ${id}-error` : `${id}-hint`
  return (
    <div className="bb-field">
      <label className="bb-label" htmlFor={id}>
        {m.customerLeftAt}
        {required ? (
          <span className="bb-required" aria-hidden="true">
            *
          </span>
        ) : null}
      </label>
      <input
        ref={inputRef}
        id={id}
        className="bb-input"
        type="datetime-local"
        required={required}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
      <p id={`${id}-hint`} className="bb-hint">
        {m.customerLeftAtHint(policy.timeZone)}
      </p>
      {invalid ? (
        <p id={`${id}-error`} className="bb-error">
          {m.customerLeftAtRequired}
        </p>
      ) : null}
    </div>
  )
}
