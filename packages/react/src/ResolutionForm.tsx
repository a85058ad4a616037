import { type FormEvent, useId, useRef, useState } from 'react'
import { useBaobei } from './context'
import type { Resolution } from './core'
import { adjustShares, initialShares } from './shares'

type Kind = Resolution['kind']

const KINDS: Kind[] = ['award', 'split', 'invalidate-all', 'pool', 'escalate']

export type ResolutionFormProps = {
  claimants: readonly string[]
  ranking: readonly { claimant: string; rank: number }[]
  /** Pre-selected outcome (the suggestion). */
  suggested: Resolution
  arbitrators: readonly string[]
  name: (claimant: string) => string
  onCancel: () => void
  onResolve: (decision: { resolution: Resolution; reason: string }) => void
}

/** The arbitrator's choice: outcome, its details (winner, shares, escalation role) and a required reason. */
export function ResolutionForm({
  claimants,
  ranking,
  suggested,
  arbitrators,
  name,
  onCancel,
  onResolve,
}: ResolutionFormProps) {
  const { policy, messages } = useBaobei()
  const m = messages.conflict
  const id = useId()
  const reasonRef = useRef<HTMLTextAreaElement>(null)
  const best = [...ranking].sort((a, b) => a.rank - b.rank)[0]?.claimant ?? claimants[0] ?? ''
  const [kind, setKind] = useState<Kind>(suggested.kind)
  const [winner, setWinner] = useState(suggested.kind === 'award' ? suggested.claimant : best)
  const [shares, setShares] = useState<number[]>(() =>
    suggested.kind === 'split' && suggested.shares.length === claimants.length
      ? claimants.map((c) => suggested.shares.find((s) => s.claimant === c)?.percent ?? 0)
      : initialShares(claimants.length, policy.conflicts.splitShares),
  )
  const targets = arbitrators.length > 0 ? arbitrators : suggested.kind === 'escalate' ? [suggested.to] : []
  const kinds = KINDS.filter((option) => option !== 'escalate' || targets.length > 0)
  const [target, setTarget] = useState(suggested.kind === 'escalate' ? suggested.to : (targets[0] ?? ''))
  const [reason, setReason] = useState('')
  const [reasonError, setReasonError] = useState(false)

  const resolution = (): Resolution => {
    switch (kind) {
      case 'award':
        return { kind, claimant: winner }
      case 'split':
        return { kind, shares: claimants.map((claimant, i) => ({ claimant, percent: shares[i] ?? 0 })) }
      case 'escalate':
        return { kind, to: target }
      default:
        return { kind }
    }
  }
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!reason.trim()) {
      setReasonError(true)
      reasonRef.current?.focus()
      return
    }
    onResolve({ resolution: resolution(), reason: reason.trim() })
  }

  const label: Record<Kind, string> = {
    award: m.award,
    split: m.split,
    'invalidate-all': m.invalidate,
    pool: m.pool,
    escalate: m.escalate,
  }
  const last = claimants.length - 1
  const total = shares.reduce((sum, share) => sum + share, 0)
  return (
    <form className="bb-fieldset-group" onSubmit={submit} noValidate>
      <fieldset className="bb-fieldset">
        <legend>{m.action}</legend>
        {kinds.map((option) => (
          <div key={option}>
            <label className="bb-choice">
              <input
                type="radio"
                name={`${id}-kind`}
                value={option}
                checked={kind === option}
                onChange={() => setKind(option)}
              />
              {label[option]}
            </label>
            {option === 'award' && kind === 'award' ? (
              <div className="bb-shares">
                <label className="bb-field">
                  <span className="bb-label">{m.awardTo}</span>
                  <select className="bb-select" value={winner} onChange={(e) => setWinner(e.target.value)}>
                    {claimants.map((claimant) => (
                      <option key={claimant} value={claimant}>
                        {name(claimant)}
                      </option>
                    ))}
                  </select>
                </label>
              </div>
            ) : null}
            {option === 'split' && kind === 'split' ? (
              <div className="bb-shares">
                {claimants.map((claimant, i) => {
                  // With more than two claimants the last share is the remainder, shown read-only.
                  const remainder = claimants.length > 2 && i === last
                  return (
                    <label key={claimant} className="bb-field">
                      <span className="bb-label">
                        {m.shareOf(name(claimant))}
                        {remainder ? ` (${m.remainder})` : null}
                      </span>
                      <input
                        className="bb-input bb-input--share"
                        type="number"
                        min={0}
                        max={100}
                        step={1}
                        inputMode="numeric"
                        value={shares[i] ?? 0}
                        readOnly={remainder}
                        onChange={(e) =>
                          setShares((current) => adjustShares(current, i, e.target.valueAsNumber))
                        }
                      />
                    </label>
                  )
                })}
                <output className="bb-hint" aria-live="polite">
                  {m.sharesSum(total)}
                </output>
              </div>
            ) : null}
            {option === 'escalate' && kind === 'escalate' ? (
              <div className="bb-shares">
                <div className="bb-field">
                  <label className="bb-label" htmlFor={`${id}-target`}>
                    {m.escalateTo}
                  </label>
                  <select
                    id={`${id}-target`}
                    className="bb-select"
                    value={target}
                    onChange={(e) => setTarget(e.target.value)}
                  >
                    {targets.map((role) => (
                      <option key={role} value={role}>
                        {m.roles[role] ?? role}
                      </option>
                    ))}
                  </select>
                </div>
              </div>
            ) : null}
          </div>
        ))}
      </fieldset>
      <div className="bb-field">
        <label className="bb-label" htmlFor={`${id}-reason`}>
          {m.reason}
          <span className="bb-required" aria-hidden="true">
            *
          </span>
        </label>
        <textarea
          ref={reasonRef}
          id={`${id}-reason`}
          className="bb-textarea"
          rows={3}
          required
          aria-required="true"
          aria-invalid={reasonError ? true : undefined}
          aria-describedby={reasonError ? `${id}-reason-error` : undefined}
          value={reason}
          onChange={(e) => {
            setReason(e.target.value)
            if (e.target.value.trim()) setReasonError(false)
          }}
        />
        {reasonError ? (
          <p id={`${id}-reason-error`} className="bb-error">
            {m.reasonRequired}
          </p>
        ) : null}
      </div>
      <div className="bb-actions">
        <button type="submit" className="bb-button bb-button--primary">
          {m.resolve}
        </button>
        <button type="button" className="bb-button" onClick={onCancel}>
          {m.cancel}
        </button>
      </div>
    </form>
  )
}
