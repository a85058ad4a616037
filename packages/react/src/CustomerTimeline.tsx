import { useBaobei } from './context'
import { eventDetails, type TimelineEvent } from './eventText'
import { ListPanel, type ListStatus } from './ListPanel'

export type { TimelineEvent }

export type CustomerTimelineProps = {
  events: readonly TimelineEvent[]
  /** `newest-first` (default) or `oldest-first`. */
  order?: 'newest-first' | 'oldest-first'
  /** Loading and error states while the host fetches the history. */
  status?: ListStatus
  claimantLabel?: (claimantId: string) => string
  /** Heading text; `null` hides it. */
  title?: string | null
  className?: string
}

/**
 * A customer's history (the event log) in words, as an ordered list with machine-readable times.
 * @example
 * <CustomerTimeline events={history} claimantLabel={(id) => people[id]} />
 */
export function CustomerTimeline({
  events,
  order = 'newest-first',
  status = 'ready',
  claimantLabel,
  title,
  className,
}: CustomerTimelineProps) {
  const { messages, format, policy } = useBaobei()
  const m = messages.timeline
  const name = (id: string) => claimantLabel?.(id) ?? id
  const sorted = [...events].sort((a, b) => Date.parse(a.at) - Date.parse(b.at))
  if (order === 'newest-first') sorted.reverse()
  return (
    <ListPanel messages={m} title={title} status={status} isEmpty={sorted.length === 0} className={className}>
      <ol className="bb-timeline">
        {sorted.map((event) => {
          const details = eventDetails(event, { messages, format, policy, name })
          return (
            <li key={event.id} className="bb-timeline__item">
              <time dateTime={event.at}>{format.dateTime(event.at)}</time>
              <div>
                <strong>{m.events[event.type] ?? event.type}</strong>
                {details.length > 0 ? ` · ${details.join(' · ')}` : null}
              </div>
              {event.actor ? <div className="bb-muted">{m.by(name(event.actor))}</div> : null}
            </li>
          )
        })}
      </ol>
    </ListPanel>
  )
}
