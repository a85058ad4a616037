import type { Ref } from 'react'

type ReasonFieldProps = {
  /** Id of the textarea; the error derives its id from it. */
  id: string
  label: string
  /** Shown, and announced through `aria-describedby`, while `invalid`. */
  requiredMessage: string
  value: string
  onChange: (value: string) => void
  invalid: boolean
  rows: number
  textareaRef?: Ref<HTMLTextAreaElement>
}

/**
 * A required free-text reason (rejecting a filing, settling a conflict): marked required, with its
 * error linked to the field so screen readers read both.
 */
export function ReasonField({
  id,
  label,
  requiredMessage,
  value,
  onChange,
  invalid,
  rows,
  textareaRef,
}: ReasonFieldProps) {
  return (
    <>
      <label className="bb-label" htmlFor={id}>
        {label}
        <span className="bb-required" aria-hidden="true">
          *
        </span>
      </label>
      <textarea
        ref={textareaRef}
        id={id}
        className="bb-textarea"
        rows={rows}
        required
        aria-required="true"
        aria-invalid={invalid ? true : undefined}
        aria-describedby={invalid ? `${id}-error` : undefined}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
      {invalid ? (
        <p id={`${id}-error`} className="bb-error">
          {requiredMessage}
        </p>
      ) : null}
    </>
  )
}
