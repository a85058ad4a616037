import {
  type ConflictCase,
  ConflictCaseError,
  conflictCaseFrom,
  detectCollisions,
  type Event,
  type Policy,
} from '@baobei/core'
import { ConflictDialog } from '@baobei/react'
import { useId, useState } from 'react'
import type { Command, CustomerRow } from './engine'
import { memberOf } from './sample'
import { customerIdsOf, historyAsOf, historyOf, type StoredEvent } from './store'
import type { PlaygroundText } from './text'

export type ConflictsPanelProps = {
  rows: readonly CustomerRow[]
  events: readonly StoredEvent[]
  now: string
  policy: Policy
  /** Sends a `resolve-conflict` command; returns whether the core accepted it, and what it said. */
  onCommand: (command: Command) => { ok: boolean; message: string }
  text: PlaygroundText['conflicts']
}

type Open = { customerId: string; conflictId: string; name: string }

const claimantLabel = (id: string) => memberOf(id)?.name ?? id

/** The conflict's case as the core builds it, or `null` if the history does not hold it (never a crash). */
function caseOf(
  events: readonly StoredEvent[],
  open: Open,
  now: string,
  policy: Policy,
): ConflictCase | null {
  try {
    return conflictCaseFrom(
      historyAsOf(historyOf(events, open.customerId), now) as Event[],
      open.conflictId,
      policy,
    )
  } catch (error) {
    if (error instanceof ConflictCaseError) return null
    throw error
  }
}

/**
 * When the customer left, as an earlier `conflict-resolved` event (e.g. an escalation) recorded it for
 * this conflict; the core reuses it, and the dialog shows it pre-filled.
 */
function recordedDeparture(events: readonly StoredEvent[], open: Open, now: string): string | undefined {
  const resolved = historyAsOf(historyOf(events, open.customerId), now).filter(
    (event) => event.type === 'conflict-resolved' && event.conflictId === open.conflictId,
  )
  const departures = resolved.map((event) => event.customerLeftAt).filter((at) => typeof at === 'string')
  return departures.at(-1)
}

/**
 * The unresolved conflicts (撞单) and the kit's `ConflictDialog` to arbitrate one; the dialog's
 * decision (with when the customer left, under `settleAfterCustomerLeaves`) becomes a `resolve-conflict`
 * command.
 * @example <ConflictsPanel rows={rows} events={events} now={now} policy={policy} onCommand={act} text={text.conflicts} />
 */
export function ConflictsPanel({ rows, events, now, policy, onCommand, text }: ConflictsPanelProps) {
  const id = useId()
  const [arbitrating, setArbitrating] = useState<Open | null>(null)
  // A rejection is shown inside the modal dialog: the page behind it is out of reach.
  const [refusal, setRefusal] = useState<string | null>(null)
  const close = () => {
    setArbitrating(null)
    setRefusal(null)
  }
  const open: Open[] = rows.flatMap((row) =>
    row.state.conflicts
      .filter((conflict) => conflict.status !== 'resolved')
      .map((conflict) => ({ customerId: row.id, conflictId: conflict.id, name: row.profile.name })),
  )
  const conflict = arbitrating ? caseOf(events, arbitrating, now, policy) : null
  // Visits by several claimants within the policy's collision window, not yet covered by a conflict.
  const histories = customerIdsOf(events).map((customerId) => historyAsOf(historyOf(events, customerId), now))
  const detected = detectCollisions(histories as Event[][], policy, now)
  const nameOf = (customerId: string) => rows.find((row) => row.id === customerId)?.profile.name ?? customerId

  return (
    <section className="bb-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="bb-heading">
        {text.heading}
      </h2>
      {detected.length > 0 ? (
        <>
          <h3 className="bb-subheading">{text.detected}</h3>
          <ul className="bb-list">
            {detected.map((command) => (
              <li key={command.conflictId}>
                <button type="button" className="bb-button" onClick={() => onCommand(command)}>
                  {text.openDetected(
                    nameOf(command.customerId),
                    command.claimants.map(claimantLabel).join(' · '),
                  )}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {open.length === 0 ? (
        <p className="bb-empty">{text.none}</p>
      ) : (
        <ul className="bb-list">
          {open.map((item) => (
            <li key={item.conflictId}>
              <button type="button" className="bb-button" onClick={() => setArbitrating(item)}>
                {text.arbitrate(item.name)}
              </button>
            </li>
          ))}
        </ul>
      )}
      {arbitrating && conflict ? (
        <ConflictDialog
          open
          conflict={conflict}
          claimantLabel={claimantLabel}
          customerLeftAt={recordedDeparture(events, arbitrating, now)}
          onClose={close}
          onResolve={(decision) => {
            // The decision carries `customerLeftAt` when the policy settles after the customer leaves.
            const outcome = onCommand({
              type: 'resolve-conflict',
              customerId: arbitrating.customerId,
              conflictId: arbitrating.conflictId,
              ...decision,
            })
            if (outcome.ok) close()
            else setRefusal(outcome.message)
          }}
        >
          {refusal ? (
            <p className="bb-error" role="alert">
              {refusal}
            </p>
          ) : null}
        </ConflictDialog>
      ) : null}
    </section>
  )
}
