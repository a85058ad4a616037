import { useBaobei } from './context'
import type { CustomerState } from './core'
import { ListPanel, type ListStatus } from './ListPanel'
import { StatusBadge } from './StatusBadge'

/** A customer whose protection or status changes soon. */
export type ExpiringItem = {
  customerId: string
  name?: string
  state: Pick<CustomerState, 'status' | 'protectedUntil' | 'flags' | 'nextChange'>
}

export type ExpiringListProps = {
  items: readonly ExpiringItem[]
  /** Only show what falls due within this many days of the provider's `now` (default: all future dues). */
  horizonDays?: number
  status?: ListStatus
  /** Heading text; `null` hides it. */
  title?: string | null
  className?: string
}

const DAY = 86_400_000

/** When an item falls due: its next status change, else the end of its protection. */
function dueAt(item: ExpiringItem): string | null {
  return item.state.nextChange?.at ?? item.state.protectedUntil
}

/**
 * What falls due soon (到期提醒), grouped by local day in the policy's time zone.
 * @example
 * <ExpiringList items={customers.map((c) => ({ customerId: c.id, name: c.name, state: c.state }))} horizonDays={7} />
 */
export function ExpiringList({ items, horizonDays, status = 'ready', title, className }: ExpiringListProps) {
  const { messages, format, now } = useBaobei()
  const m = messages.expiring
  const start = Date.parse(now)
  const due = items
    .map((item) => ({ item, at: dueAt(item) }))
    .filter((entry): entry is { item: ExpiringItem; at: string } => {
      if (!entry.at) return false
      const when = Date.parse(entry.at)
      return when > start && (horizonDays === undefined || when - start <= horizonDays * DAY)
    })
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at))
  const days = new Map<string, typeof due>()
  for (const entry of due) {
    const key = format.dayKey(entry.at)
    const day = days.get(key)
    if (day) day.push(entry)
    else days.set(key, [entry])
  }
  return (
    <ListPanel messages={m} title={title} status={status} isEmpty={due.length === 0} className={className}>
      {[...days.values()].map((entries) => {
        const first = entries[0]?.at ?? ''
        return (
          <section key={first} aria-label={format.date(first)}>
            <h3 className="bb-subheading">
              <time dateTime={format.dayKey(first)}>{format.date(first)}</time>
            </h3>
            <ul className="bb-list">
              {entries.map(({ item, at }) => (
                <li key={item.customerId} className="bb-list__item">
                  <strong>{item.name ?? item.customerId}</strong>
                  <StatusBadge state={item.state} />
                  <div>
                    {m.dueAt}: <time dateTime={at}>{format.dateTime(at)}</time>
                  </div>
                </li>
              ))}
            </ul>
          </section>
        )
      })}
    </ListPanel>
  )
}
