import { type FormEvent, useEffect, useId, useRef, useState } from 'react'
import { useBaobei } from './context'
import type { CustomerProfile } from './core'
import { ListPanel, type ListStatus } from './ListPanel'
import { ReasonField } from './ReasonField'

/** A filing awaiting approval (from `state.pending` plus what the host knows of the customer). */
export type ApprovalItem = {
  customerId: string
  claimant: string
  submittedAt: string
  profile?: CustomerProfile
}

export type ApprovalQueueProps = {
  items: readonly ApprovalItem[]
  onApprove: (item: ApprovalItem) => void
  /** Called with the required rejection reason. */
  onReject: (item: ApprovalItem, reason: string) => void
  /** Loading and error states while the host fetches the queue. */
  status?: ListStatus
  claimantLabel?: (claimantId: string) => string
  /** Heading text; `null` hides it. */
  title?: string | null
  className?: string
}

/**
 * Filings awaiting a manager's approval (审批), with approve and reject (a reason is required).
 * @example
 * <ApprovalQueue items={pending} onApprove={(i) => approve(i)} onReject={(i, reason) => reject(i, reason)} />
 */
export function ApprovalQueue({
  items,
  onApprove,
  onReject,
  status = 'ready',
  claimantLabel,
  title,
  className,
}: ApprovalQueueProps) {
  const { messages } = useBaobei()
  const m = messages.approval
  return (
    <ListPanel messages={m} title={title} status={status} isEmpty={items.length === 0} className={className}>
      <ul className="bb-list">
        {items.map((item) => (
          <ApprovalRow
            key={`${item.customerId}:${item.claimant}:${item.submittedAt}`}
            item={item}
            claimant={claimantLabel?.(item.claimant) ?? item.claimant}
            onApprove={onApprove}
            onReject={onReject}
          />
        ))}
      </ul>
    </ListPanel>
  )
}

function ApprovalRow({
  item,
  claimant,
  onApprove,
  onReject,
}: {
  item: ApprovalItem
  claimant: string
  onApprove: (item: ApprovalItem) => void
  onReject: (item: ApprovalItem, reason: string) => void
}) {
  const { messages, format } = useBaobei()
  const m = messages.approval
  const id = useId()
  const [rejecting, setRejecting] = useState(false)
  const [reason, setReason] = useState('')
  const [error, setError] = useState(false)
  const reasonRef = useRef<HTMLTextAreaElement>(null)
  const rejectRef = useRef<HTMLButtonElement>(null)
  // Switching between the buttons and the reason form unmounts the focused element: move focus to
  // the reason when the form opens and back to Reject when it closes, never to <body> (WCAG 2.4.3).
  // Only after the user switched, so rendering the queue does not take focus.
  const moveFocus = useRef(false)
  useEffect(() => {
    if (!moveFocus.current) return
    moveFocus.current = false
    if (rejecting) reasonRef.current?.focus()
    else rejectRef.current?.focus()
  }, [rejecting])
  const toggle = (open: boolean) => {
    moveFocus.current = true
    setRejecting(open)
  }
  const confirm = (event: FormEvent) => {
    event.preventDefault()
    if (!reason.trim()) {
      setError(true)
      reasonRef.current?.focus()
      return
    }
    onReject(item, reason.trim())
    toggle(false)
    setReason('')
  }
  const title = item.profile?.name || item.customerId
  return (
    <li className="bb-list__item" aria-labelledby={`${id}-name`}>
      <h3 id={`${id}-name`} className="bb-claim__name">
        {title}
      </h3>
      <div>
        {messages.conflict.claimant}: {claimant} · {m.submittedAt}:{' '}
        <time dateTime={item.submittedAt}>{format.dateTime(item.submittedAt)}</time>
      </div>
      {rejecting ? (
        <form onSubmit={confirm} noValidate className="bb-field">
          <ReasonField
            id={`${id}-reason`}
            label={m.rejectReason}
            requiredMessage={m.reasonRequired}
            value={reason}
            onChange={(value) => {
              setReason(value)
              if (value.trim()) setError(false)
            }}
            invalid={error}
            rows={2}
            textareaRef={reasonRef}
          />
          <div className="bb-actions">
            <button type="submit" className="bb-button bb-button--danger">
              {m.confirmReject}
            </button>
            <button type="button" className="bb-button" onClick={() => toggle(false)}>
              {m.cancel}
            </button>
          </div>
        </form>
      ) : (
        <div className="bb-actions">
          <button
            type="button"
            className="bb-button bb-button--primary"
            aria-describedby={`${id}-name`}
            onClick={() => onApprove(item)}
          >
            {m.approve}
          </button>
          <button
            ref={rejectRef}
            type="button"
            className="bb-button bb-button--danger"
            aria-describedby={`${id}-name`}
            onClick={() => toggle(true)}
          >
            {m.reject}
          </button>
        </div>
      )}
    </li>
  )
}
