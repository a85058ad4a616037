import { useBaobei } from './context'
import type { ConflictCase, ResolutionSuggestion } from './core'

type Value = string | number | boolean | null | undefined

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T/

/** The policy's criteria in order, each claimant's value and who is ahead on it. */
export function CriteriaTable({
  conflict,
  suggestion,
  name,
}: {
  conflict: ConflictCase
  suggestion: ResolutionSuggestion
  name: (claimant: string) => string
}) {
  const { messages, format } = useBaobei()
  const m = messages.conflict
  const claimants = conflict.claims.map((claim) => claim.claimant)
  const show = (criterion: string, value: Value): string => {
    if (value === null || value === undefined) return m.none
    if (typeof value === 'boolean') return value ? m.yes : m.no
    if (typeof value === 'number')
      return criterion === 'completeness' && value <= 1 ? format.percent(value) : format.number(value)
    return ISO_INSTANT.test(value) ? format.dateTime(value) : value
  }
  if (suggestion.criteria.length === 0) return null
  return (
    <div className="bb-table-wrap">
      <table className="bb-table">
        <caption>{m.criteria}</caption>
        <thead>
          <tr>
            <th scope="col">{m.criterion}</th>
            {claimants.map((claimant) => (
              <th key={claimant} scope="col">
                {name(claimant)}
              </th>
            ))}
            <th scope="col">{m.winner}</th>
          </tr>
        </thead>
        <tbody>
          {suggestion.criteria.map((row) => (
            <tr key={row.criterion}>
              <th scope="row">{m.criterionNames[row.criterion] ?? row.criterion}</th>
              {claimants.map((claimant) => (
                <td key={claimant}>{show(row.criterion, row.values[claimant])}</td>
              ))}
              <td>{row.winner ? name(row.winner) : m.tie}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
