import { suggestResolution } from '@baobei/core'
import { type ReactNode, useEffect, useId, useMemo, useRef, useState } from 'react'
import { ClaimCard } from './ClaimCard'
import { CriteriaTable } from './CriteriaTable'
import { useBaobei } from './context'
import type { ConflictCase, ResolutionSuggestion } from './core'
import { cx } from './cx'
import { type ConflictDecision, ResolutionForm } from './ResolutionForm'
import { describeResolution } from './resolution'

export type { ConflictDecision } from './ResolutionForm'

export type ConflictDialogProps = {
  /** Whether the dialog is shown (modal: nothing behind it is reachable). */
  open: boolean
  /** Called on Escape, the close button or Cancel; set `open` to false in response. */
  onClose: () => void
  /** The conflict to arbitrate (`conflictCaseFrom(history, conflictId, policy)`). */
  conflict: ConflictCase
  /**
   * Called with the chosen resolution, the reason and (under `conflicts.settleAfterCustomerLeaves`)
   * `customerLeftAt`; spread it into a `resolve-conflict` command.
   */
  onResolve: (decision: ConflictDecision) => void
  /**
   * When the customer left, if already recorded on the conflict (a `conflict-resolved` event's
   * `customerLeftAt`, e.g. with an escalation): pre-fills the "customer left at" field.
   */
  customerLeftAt?: string | null
  /** A suggestion computed elsewhere; by default `suggestResolution(conflict, policy)`. */
  suggestion?: ResolutionSuggestion
  /** Roles the conflict may be escalated to; default the policy's arbitrators above the current one. */
  arbitrators?: readonly string[]
  /** Display names for claimant ids. */
  claimantLabel?: (claimantId: string) => string
  /** `false` shows the dialog inline (`show()`), e.g. to compare it side by side; default modal. */
  modal?: boolean
  /** Extra content under the evidence (e.g. a link to the customer file). */
  children?: ReactNode
  className?: string
}

/**
 * The arbitration dialog (撞单仲裁): claims side by side with their evidence, the policy's criteria
 * table, the suggested resolution, and award / split / invalidate / pool / escalate with a reason.
 * Under `conflicts.settleAfterCustomerLeaves` it also asks when the customer left (客户离开时间).
 * A native `<dialog>` opened with `showModal()`; Escape closes and focus returns to the opener.
 * @example
 * <ConflictDialog open={open} onClose={() => setOpen(false)} conflict={conflictCaseFrom(history, 'c1', policy)}
 *   onResolve={(decision) => dispatch({ type: 'resolve-conflict', customerId, conflictId: 'c1', ...decision })} />
 */
export function ConflictDialog({
  open,
  onClose,
  conflict,
  onResolve,
  suggestion: given,
  arbitrators,
  claimantLabel,
  customerLeftAt,
  modal = true,
  children,
  className,
}: ConflictDialogProps) {
  const { policy, messages } = useBaobei()
  const m = messages.conflict
  const id = useId()
  const dialog = useRef<HTMLDialogElement>(null)
  const opener = useRef<HTMLElement | null>(null)
  // Each opening starts a fresh form.
  const [round, setRound] = useState(0)
  const suggestion = useMemo(() => given ?? suggestResolution(conflict, policy), [given, conflict, policy])
  const name = (claimant: string) => claimantLabel?.(claimant) ?? claimant
  const rankOf = new Map(suggestion.ranking.map((r) => [r.claimant, r.rank]))

  useEffect(() => {
    const element = dialog.current
    if (!element) return
    if (open && !element.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null
      setRound((n) => n + 1)
      if (modal) element.showModal()
      else element.show()
    } else if (!open && element.open) {
      element.close()
    }
  }, [open, modal])

  const titleId = `${id}-title`
  return (
    <dialog
      ref={dialog}
      className={cx('bb-dialog', !modal && 'bb-dialog--inline', className)}
      aria-labelledby={titleId}
      onCancel={(event) => {
        // Escape: let the host decide (controlled `open`).
        event.preventDefault()
        onClose()
      }}
      onClose={() => {
        opener.current?.focus()
        opener.current = null
        if (open) onClose()
      }}
    >
      <div className="bb-dialog__header">
        <h2 id={titleId} className="bb-heading">
          {m.title} · {m.kinds[conflict.kind]}
        </h2>
        <button type="button" className="bb-button" onClick={onClose}>
          {m.close}
        </button>
      </div>
      {conflict.quarrel || conflict.jointClose ? (
        <p>
          {conflict.quarrel ? <span className="bb-chip bb-chip--inConflict">{m.quarrel}</span> : null}{' '}
          {conflict.jointClose ? <span className="bb-chip">{m.jointClose}</span> : null}
        </p>
      ) : null}
      <h3 className="bb-subheading">{m.claims}</h3>
      <ul className="bb-claims">
        {conflict.claims.map((claim) => (
          <ClaimCard
            key={claim.claimant}
            claim={claim}
            name={name(claim.claimant)}
            rank={rankOf.get(claim.claimant)}
          />
        ))}
      </ul>
      {children}
      <CriteriaTable conflict={conflict} suggestion={suggestion} name={name} />
      <p className="bb-suggestion">
        <strong>{m.suggested}: </strong>
        {describeResolution(suggestion.resolution, messages, name)}
      </p>
      {suggestion.violations.length > 0 ? (
        <p className="bb-hint">
          {m.violationsToConsider}{' '}
          {suggestion.violations
            .map(
              ({ claimant, violation }) =>
                `${name(claimant)}: ${policy.violations[violation]?.label ?? violation}`,
            )
            .join('; ')}
        </p>
      ) : null}
      <ResolutionForm
        key={round}
        claimants={conflict.claims.map((claim) => claim.claimant)}
        ranking={suggestion.ranking}
        suggested={suggestion.resolution}
        arbitrators={arbitrators ?? escalationTargets(policy.conflicts.arbitrators, conflict.escalatedTo)}
        name={name}
        customerLeftAt={customerLeftAt}
        onCancel={onClose}
        onResolve={onResolve}
      />
    </dialog>
  )
}

/**
 * The arbitrator roles above the one deciding now (the first role, or the one last escalated to).
 * @example
 * escalationTargets(['regional-manager', 'general-manager'], null) // ['general-manager']
 */
export function escalationTargets(
  roles: readonly string[],
  escalatedTo: string | null | undefined,
): string[] {
  const current = roles.indexOf(escalatedTo ?? roles[0] ?? '')
  return current < 0 ? [...roles] : roles.slice(current + 1)
}
