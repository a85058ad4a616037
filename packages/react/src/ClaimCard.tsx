import { useBaobei } from './context'
import type { ConflictCase } from './core'

type Claim = ConflictCase['claims'][number]

/** One claim's evidence in the conflict dialog: filing time, validity, completeness, visits, tracking. */
export function ClaimCard({ claim, name, rank }: { claim: Claim; name: string; rank: number | undefined }) {
  const { messages, format } = useBaobei()
  const m = messages.conflict
  const tracking = claim.tracking ?? {}
  const trackingRows = [
    tracking.expectedAmount !== undefined ? [m.expectedAmount, format.number(tracking.expectedAmount)] : null,
    tracking.unitPrice !== undefined ? [m.unitPrice, format.number(tracking.unitPrice)] : null,
    tracking.signingDate ? [m.signingDate, tracking.signingDate] : null,
    tracking.feedback ? [m.feedback, tracking.feedback] : null,
  ].filter((row): row is [string, string] => row !== null)
  return (
    <li className="bb-claim">
      <h4 className="bb-claim__name">
        {name}
        {rank !== undefined ? <span className="bb-muted"> · {m.rank(rank)}</span> : null}
      </h4>
      <dl className="bb-facts">
        <dt>{m.filedAt}</dt>
        <dd>
          {claim.registeredAt ? (
            <time dateTime={claim.registeredAt}>{format.dateTime(claim.registeredAt)}</time>
          ) : (
            m.notFiled
          )}
        </dd>
        <dt>{m.valid}</dt>
        <dd>{claim.valid ? m.yes : m.no}</dd>
        <dt>{m.completeness}</dt>
        <dd>{format.percent(claim.completeness)}</dd>
        <dt>{m.appointment}</dt>
        <dd>{claim.appointment ? m.yes : m.no}</dd>
        <dt>{m.visits}</dt>
        <dd>
          {claim.visits.length === 0
            ? m.noVisits
            : claim.visits.map((visit, i) => (
                <span key={visit}>
                  {i > 0 ? ', ' : null}
                  <time dateTime={visit}>{format.dateTime(visit)}</time>
                </span>
              ))}
        </dd>
        <dt>{m.tracking}</dt>
        <dd>
          {trackingRows.length === 0
            ? m.none
            : trackingRows.map(([label, value]) => (
                <span key={label} className="bb-block">
                  {label}: {value}
                </span>
              ))}
        </dd>
      </dl>
    </li>
  )
}
