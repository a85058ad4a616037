import { type FormEvent, useId, useRef, useState } from 'react'
import { CustomerLeftAtField } from './CustomerLeftAtField'
import { useBaobei } from './context'
import type { Resolution } from './core'
import { ReasonField } from './ReasonField'
import { adjustShares, initialShares } from './shares'
import { fromZonedInput, toZonedInput } from './zonedInput'

type Kind = Resolution['kind']

const KINDS: Kind[] = ['award', 'split', 'invalidate-all', 'pool', 'escalate']

/**
 * What the arbitrator decided: the core's `Resolution`, the required reason and, under
 * `conflicts.settleAfterCustomerLeaves`, when the customer left (ISO-8601 with the policy zone's offset).
 * Spread it into a `resolve-conflict` command.
 * @example
 * const decision: ConflictDecision = {
 *   resolution: { kind: 'award', claimant: 'li' }, reason: 'Filed first', customerLeftAt: '2026-03-01T12:30:00+08:00',
 * }
 */
export type ConflictDecision = { resolution: Resolution; reason: string; customerLeftAt?: string }

export type ResolutionFormProps = {
  claimants: readonly string[]
  ranking: readonly { claimant: string; rank: number }[]
  /** Pre-selected outcome (the suggestion). */
  suggested: Resolution
  arbitrators: readonly string[]
  name: (claimant: string) => string
  /** The departure already recorded on the conflict (e.g. with an escalation): pre-fills the field. */
  customerLeftAt?: string | null
  onCancel: () => void
  onResolve: (decision: ConflictDecision) => void
}

/**
 * The suggested split's shares in `claimants` order, 0 for a claimant it leaves out (e.g. a 50/50 split
 * between the two tied claimants of three); `null` when the suggestion is not a split or its shares for
 * these claimants are not whole percentages summing to 100.
 * @example
 * suggestedShares(['a', 'b', 'c'], { kind: 'split', shares: [{ claimant: 'a', percent: 50 }, { claimant: 'c', percent: 50 }] })
 * // [50, 0, 50]
 */
function suggestedShares(claimants: readonly string[], suggested: Resolution): number[] | null {
  if (suggested.kind !== 'split') return null
  const percent = new Map(suggested.shares.map((share) => [share.claimant, share.percent]))
  const shares = claimants.map((claimant) => percent.get(claimant) ?? 0)
  const whole = shares.every((share) => Number.isInteger(share) && share >= 0 && share <= 100)
  return whole && shares.reduce((sum, share) => sum + share, 0) === 100 ? shares : null
}

/**
 * The arbitrator's choice: outcome, its details (winner, shares, escalation role), a required reason
 * and, when the policy settles after the customer leaves, when they left.
 */
export function ResolutionForm({
  claimants,
  ranking,
  suggested,
  arbitrators,
  name,
  customerLeftAt,
  onCancel,
  onResolve,
}: ResolutionFormProps) {
  const { policy, messages } = useBaobei()
  const m = messages.conflict
  const id = useId()
  const reasonRef = useRef<HTMLTextAreaElement>(null)
  const leftAtRef = useRef<HTMLInputElement>(null)
  const best = [...ranking].sort((a, b) => a.rank - b.rank)[0]?.claimant ?? claimants[0] ?? ''
  const [kind, setKind] = useState<Kind>(suggested.kind)
  const [winner, setWinner] = useState(suggested.kind === 'award' ? suggested.claimant : best)
  const [shares, setShares] = useState<number[]>(
    () =>
      suggestedShares(claimants, suggested) ?? initialShares(claimants.length, policy.conflicts.splitShares),
  )
  const targets = arbitrators.length > 0 ? arbitrators : suggested.kind === 'escalate' ? [suggested.to] : []
  const kinds = KINDS.filter((option) => option !== 'escalate' || targets.length > 0)
  const [target, setTarget] = useState(suggested.kind === 'escalate' ? suggested.to : (targets[0] ?? ''))
  const [reason, setReason] = useState('')
  const [reasonError, setReasonError] = useState(false)
  // 源华 / seed 003: settling waits for the customer to leave; escalating does not.
  const asksLeftAt = policy.conflicts.settleAfterCustomerLeaves
  const [leftAt, setLeftAt] = useState(() =>
    customerLeftAt ? toZonedInput(customerLeftAt, policy.timeZone) : '',
  )
  const [leftAtError, setLeftAtError] = useState(false)
  const leftAtRequired = asksLeftAt && kind !== 'escalate'

  const resolution = (): Resolution => {
    switch (kind) {
      case 'award':
        return { kind, claimant: winner }
      case 'split':
        // A claimant left at 0% has no share: accepting a suggested split between two of three
        // claimants submits exactly that split. Shares sum to 100, so at least one remains.
        return {
          kind,
          shares: claimants
            .map((claimant, i) => ({ claimant, percent: shares[i] ?? 0 }))
            .filter((share) => share.percent > 0),
        }
      case 'escalate':
        return { kind, to: target }
      default:
        return { kind }
    }
  }
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const leftAtIso = asksLeftAt ? fromZonedInput(leftAt, policy.timeZone) : null
    const missingLeftAt = leftAtRequired && leftAtIso === null
    const missingReason = !reason.trim()
    setLeftAtError(missingLeftAt)
    setReasonError(missingReason)
    // Focus the first invalid field, in page order.
    if (missingLeftAt) leftAtRef.current?.focus()
    else if (missingReason) reasonRef.current?.focus()
    if (missingLeftAt || missingReason) return
    onResolve({
      resolution: resolution(),
      reason: reason.trim(),
      ...(leftAtIso ? { customerLeftAt: leftAtIso } : {}),
    })
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
      {asksLeftAt ? (
        <CustomerLeftAtField
          id={`${id}-left-at`}
          inputRef={leftAtRef}
          value={leftAt}
          onChange={(value) => {
            setLeftAt(value)
            if (value) setLeftAtError(false)
          }}
          required={leftAtRequired}
          invalid={leftAtRequired && leftAtError}
        />
      ) : null}
      <div className="bb-field">
        <ReasonField
          id={`${id}-reason`}
          label={m.reason}
          requiredMessage={m.reasonRequired}
          value={reason}
          onChange={(value) => {
            setReason(value)
            if (value.trim()) setReasonError(false)
          }}
          invalid={reasonError}
          rows={3}
          textareaRef={reasonRef}
        />
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
