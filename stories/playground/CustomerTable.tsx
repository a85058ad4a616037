import { StatusBadge } from '@baobei/react'
import type { CustomerRow } from './engine'
import { memberOf } from './sample'
import type { PlaygroundText } from './text'

export type CustomerTableProps = {
  rows: readonly CustomerRow[]
  selectedId: string | null
  onSelect: (customerId: string) => void
  text: PlaygroundText['customers']
  headingId: string
}

/**
 * Every customer with its filer and its status badge at the slider's date; a row's name button selects it.
 * @example <CustomerTable rows={rows} selectedId="c3" onSelect={setSelected} text={text.customers} headingId="h" />
 */
export function CustomerTable({ rows, selectedId, onSelect, text, headingId }: CustomerTableProps) {
  return (
    <table className="bb-table pg-table" aria-labelledby={headingId}>
      <thead>
        <tr>
          <th scope="col">{text.name}</th>
          <th scope="col">{text.owner}</th>
          <th scope="col">{text.status}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const owner = row.state.owner ?? row.state.pending[0]?.claimant ?? null
          return (
            <tr key={row.id} aria-current={row.id === selectedId ? 'true' : undefined}>
              <th scope="row">
                <button
                  type="button"
                  className="pg-link"
                  aria-pressed={row.id === selectedId}
                  onClick={() => onSelect(row.id)}
                >
                  {row.profile.name}
                </button>
              </th>
              <td>{owner ? (memberOf(owner)?.name ?? owner) : text.nobody}</td>
              <td>
                <StatusBadge state={row.state} />
              </td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
