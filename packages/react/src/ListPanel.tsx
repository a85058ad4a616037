import type { ReactNode } from 'react'
import { cx } from './cx'

/** Where a host's list data is: loaded, still loading, or failed. */
export type ListStatus = 'ready' | 'loading' | 'error'

type ListPanelProps = {
  /** The list's texts: its default title and its loading, error and empty states. */
  messages: { title: string; loading: string; error: string; empty: string }
  /** The host's heading; `null` hides it, `undefined` uses the default. */
  title: string | null | undefined
  status: ListStatus
  isEmpty: boolean
  className: string | undefined
  /** The list itself, rendered only when ready and not empty. */
  children: ReactNode
}

/**
 * The frame the lists share (ApprovalQueue, CustomerTimeline, ExpiringList): a labelled section,
 * its heading, and one announced state for loading, error and empty.
 */
export function ListPanel({ messages, title, status, isEmpty, className, children }: ListPanelProps) {
  const heading = title === undefined ? messages.title : title
  return (
    <section
      className={cx('bb-panel', className)}
      aria-label={heading ?? messages.title}
      aria-busy={status === 'loading'}
    >
      {heading ? <h2 className="bb-heading">{heading}</h2> : null}
      {status === 'loading' ? (
        <p className="bb-empty" role="status">
          {messages.loading}
        </p>
      ) : status === 'error' ? (
        <p className="bb-empty bb-error" role="alert">
          {messages.error}
        </p>
      ) : isEmpty ? (
        <p className="bb-empty">{messages.empty}</p>
      ) : (
        children
      )}
    </section>
  )
}
