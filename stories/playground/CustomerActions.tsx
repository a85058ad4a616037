import type { Policy } from '@baobei/core'
import { type FormEvent, useId, useState } from 'react'
import { type Command, type CustomerRow, registerCommand } from './engine'
import { TEAM, type TeamMember } from './sample'
import type { PlaygroundText } from './text'

export type CustomerActionsProps = {
  row: CustomerRow
  actor: TeamMember
  policy: Policy
  now: string
  /** The id a new conflict on this customer gets. */
  conflictId: string
  onCommand: (command: Command) => void
  text: PlaygroundText['actions']
}

/**
 * What the acting person can try on the selected customer. Every button sends a command to the core,
 * which accepts or rejects it; nothing is greyed out in advance, so rejections can be explored.
 * @example <CustomerActions row={row} actor={actor} conflictId="c3:k1" onCommand={act} text={text.actions} />
 */
export function CustomerActions({
  row,
  actor,
  policy,
  now,
  conflictId,
  onCommand,
  text,
}: CustomerActionsProps) {
  const id = useId()
  const [amount, setAmount] = useState('10000')
  const { state } = row
  const customerId = row.id
  const holder = state.owner ?? actor.id
  const rivals = TEAM.filter((member) => !member.manager && member.id !== holder)
  const [picked, setPicked] = useState(rivals[0]?.id ?? '')
  // The holder changes when the acting person does: never offer them as their own rival.
  const rival = rivals.some((member) => member.id === picked) ? picked : (rivals[0]?.id ?? '')
  const pending = state.pending[0]

  const recordPayment = (event: FormEvent) => {
    event.preventDefault()
    // Finance confirms a payment for the claim's holder, whoever types it in.
    onCommand({ type: 'record-payment', customerId, claimant: holder, amount: Number(amount) })
  }
  const openConflict = (event: FormEvent) => {
    event.preventDefault()
    onCommand({
      type: 'open-conflict',
      customerId,
      conflictId,
      kind: 'collision',
      claimants: [holder, rival],
    })
  }

  return (
    <div className="pg-actions">
      <div className="pg-actions__buttons">
        <button
          type="button"
          className="bb-button"
          onClick={() => onCommand(registerCommand(customerId, actor.id, row.profile, policy, now))}
        >
          {text.register}
        </button>
        {pending ? (
          <button
            type="button"
            className="bb-button"
            onClick={() => onCommand({ type: 'approve', customerId, claimant: pending.claimant })}
          >
            {text.approve}
          </button>
        ) : null}
        <button
          type="button"
          className="bb-button"
          onClick={() =>
            onCommand({
              type: 'log-visit',
              customerId,
              claimant: actor.id,
              region: actor.region,
              brought: true,
            })
          }
        >
          {text.logVisit}
        </button>
        <button
          type="button"
          className="bb-button"
          onClick={() => onCommand({ type: 'extend', customerId, claimant: holder })}
        >
          {text.extend}
        </button>
        <button
          type="button"
          className="bb-button"
          onClick={() => onCommand({ type: 'release', customerId })}
        >
          {text.release}
        </button>
        <button
          type="button"
          className="bb-button"
          onClick={() => onCommand({ type: 'claim', customerId, claimant: actor.id })}
        >
          {text.claim}
        </button>
      </div>
      <form className="pg-inline-form" onSubmit={recordPayment}>
        <label className="bb-label" htmlFor={`${id}-amount`}>
          {text.amount}
        </label>
        <input
          className="bb-input"
          id={`${id}-amount`}
          type="number"
          min={1}
          step={1}
          required
          value={amount}
          onChange={(event) => setAmount(event.currentTarget.value)}
        />
        <button type="submit" className="bb-button">
          {text.recordPayment}
        </button>
      </form>
      <form className="pg-inline-form" onSubmit={openConflict}>
        <label className="bb-label" htmlFor={`${id}-rival`}>
          {text.otherClaimant}
        </label>
        <select
          className="bb-select"
          id={`${id}-rival`}
          value={rival}
          onChange={(event) => setPicked(event.currentTarget.value)}
        >
          {rivals.map((member) => (
            <option key={member.id} value={member.id}>
              {member.name}
            </option>
          ))}
        </select>
        <button type="submit" className="bb-button" disabled={!rival}>
          {text.openConflict}
        </button>
      </form>
    </div>
  )
}
