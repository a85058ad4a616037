import { useBaobei } from './context'
import type { Match } from './core'
import { cx } from './cx'
import type { ScreeningState } from './useRegistrationScreen'

export type ScreeningResultProps = {
  screen: ScreeningState
  claimantLabel?: (claimantId: string) => string
  matchLabel?: (match: Match) => string
  /** Id of the live region, for `aria-describedby` elsewhere. */
  describedId?: string
  className?: string
}

/**
 * The live duplicate-screening verdict (`aria-live="polite"`): idle, checking, error with retry,
 * or the verdict (new, yours, blocked with holder and date, open, review with the matches).
 * @example
 * const screen = useRegistrationScreen(candidate, lookup)
 * return <ScreeningResult screen={screen} />
 */
export function ScreeningResult({
  screen,
  claimantLabel,
  matchLabel,
  describedId,
  className,
}: ScreeningResultProps) {
  const { messages, format } = useBaobei()
  const m = messages.screening
  const loading = screen.status === 'loading' || (screen.stale && screen.status !== 'idle')
  const result = loading ? null : screen.result
  const tone = loading ? 'loading' : screen.status === 'error' ? 'error' : (result?.verdict ?? 'idle')
  const name = (id: string) => claimantLabel?.(id) ?? id
  const title = (() => {
    if (loading) return m.loading
    if (screen.status === 'error') return m.error
    if (!result) return m.idle
    if (result.verdict === 'blocked') {
      const holder = result.holder
      return m.blocked(
        holder ? name(holder.claimant) : '—',
        holder?.protectedUntil ? format.dateTime(holder.protectedUntil) : null,
      )
    }
    return m[result.verdict]
  })()
  const showMatches =
    result && (result.verdict === 'review' || result.verdict === 'open') && result.matches.length > 0
  return (
    <div className={cx('bb-screening', `bb-screening--${tone}`, className)} id={describedId}>
      <div role="status" aria-live="polite" aria-atomic="true">
        <p className="bb-screening__title">{title}</p>
        {showMatches ? (
          <ul className="bb-screening__matches" aria-label={m.matches}>
            {result.matches.map((match) => (
              <li key={match.customerId}>
                {matchLabel?.(match) ?? match.customerId} · {m.score(Math.round(match.score * 100))} ·{' '}
                {match.reasons.map((reason) => m.reasons[reason]).join(', ')}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      {screen.status === 'error' && !loading ? (
        <button type="button" className="bb-button" onClick={screen.retry}>
          {m.retry}
        </button>
      ) : null}
    </div>
  )
}
