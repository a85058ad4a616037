import type { CustomerProfile, Policy } from '@baobei/core'
import {
  ApprovalQueue,
  CustomerTimeline,
  ExpiringList,
  RegistrationForm,
  StatusBadge,
  useBaobei,
} from '@baobei/react'
import { type Dispatch, type SetStateAction, useCallback, useId, useMemo, useState } from 'react'
import { ConflictsPanel } from './ConflictsPanel'
import { CustomerActions } from './CustomerActions'
import { CustomerTable } from './CustomerTable'
import {
  type Command,
  customerRows,
  indexOf,
  ledgerOf,
  PRESET_IDS,
  perform,
  registerCommand,
  sampleSnapshot,
  timeRange,
} from './engine'
import type { PlaygroundNotice } from './Playground'
import { describeRefusal } from './refusal'
import { memberOf, REGIONS, TEAM, type TeamMember } from './sample'
import { historyAsOf, historyOf, nextId, type PlaygroundSnapshot } from './store'
import { TimeControl } from './TimeControl'
import type { PlaygroundText } from './text'

export type PlaygroundPageProps = {
  snapshot: PlaygroundSnapshot
  onSnapshot: Dispatch<SetStateAction<PlaygroundSnapshot>>
  policy: Policy
  actor: TeamMember
  notice: PlaygroundNotice | null
  onDismissNotice: () => void
  onReset: () => void
  text: PlaygroundText
}

type Feedback = { tone: 'success' | 'error'; message: string }

const claimantLabel = (claimant: string) => memberOf(claimant)?.name ?? claimant

/**
 * The Playground's page inside its `BaobeiProvider`: settings, the date slider, the customers and what
 * the acting person can do with them. Every change goes through `perform` (the core's `decide`).
 * @example <PlaygroundPage snapshot={snapshot} onSnapshot={setSnapshot} policy={policy} actor={actor} … />
 */
export function PlaygroundPage({
  snapshot,
  onSnapshot,
  policy,
  actor,
  notice,
  onDismissNotice,
  onReset,
  text,
}: PlaygroundPageProps) {
  const { messages, format } = useBaobei()
  const id = useId()
  const [selectedId, setSelectedId] = useState<string | null>('c3')
  const [feedback, setFeedback] = useState<Feedback | null>(null)
  // Bumped after each accepted filing to give the registration form a fresh, empty start.
  const [filings, setFilings] = useState(0)
  const rows = useMemo(() => customerRows(snapshot, policy), [snapshot, policy])
  const range = useMemo(() => timeRange(snapshot), [snapshot])
  const selected = rows.find((row) => row.id === selectedId) ?? null

  const act = (command: Command, success?: string) => {
    const outcome = perform(snapshot, command, policy, actor)
    const result = outcome.ok
      ? { ok: true, message: success ?? text.actions.accepted(outcome.added) }
      : { ok: false, message: describeRefusal(outcome.refusal, messages, format, text.actions) }
    if (outcome.ok) onSnapshot(outcome.snapshot)
    setFeedback({ tone: result.ok ? 'success' : 'error', message: result.message })
    return result
  }

  const index = useMemo(() => indexOf(rows), [rows])
  const stateOf = useCallback(
    (customerId: string) => rows.find((row) => row.id === customerId)?.state,
    [rows],
  )
  const lookup = useCallback(async () => ({ index, stateOf }), [index, stateOf])
  const file = (profile: CustomerProfile, check: { verdict: string; customerId?: string } | null) => {
    // A customer known for sure (open or already yours) is filed under its id; a new or merely similar
    // one (review) becomes a new customer, as a host would after a person checked the matches.
    const known = check?.verdict === 'open' || check?.verdict === 'yours' ? check.customerId : undefined
    const customerId =
      known ??
      nextId(
        'c',
        rows.map((row) => row.id),
      )
    const command = registerCommand(customerId, actor.id, profile, policy, snapshot.now)
    if (act(command, text.file.filed(profile.name)).ok) {
      setSelectedId(customerId)
      setFilings((n) => n + 1)
    }
  }

  const ledger = useMemo(() => ledgerOf(snapshot, policy, actor.id), [snapshot, policy, actor.id])
  const pending = rows.flatMap((row) =>
    row.state.pending.map((filing) => ({ customerId: row.id, profile: row.profile, ...filing })),
  )
  const expiring = rows.map((row) => ({ customerId: row.id, name: row.profile.name, state: row.state }))

  const conflictId = selected
    ? nextId(
        `${selected.id}-k`,
        snapshot.events.flatMap((event) => (typeof event.conflictId === 'string' ? [event.conflictId] : [])),
      )
    : ''

  return (
    <main className="pg">
      <header className="pg-header">
        <h1>{text.title}</h1>
        <p className="bb-muted">{text.intro}</p>
        {notice ? (
          <div className="pg-notice" role="alert">
            <p>{text.notices[notice]}</p>
            <button type="button" className="bb-button" onClick={onDismissNotice}>
              {text.dismiss}
            </button>
          </div>
        ) : null}
        <fieldset className="pg-settings">
          <legend>{text.setup}</legend>
          <div className="pg-field">
            <label className="bb-label" htmlFor={`${id}-preset`}>
              {text.preset}
            </label>
            <select
              className="bb-select"
              id={`${id}-preset`}
              value={snapshot.presetId}
              aria-describedby={`${id}-preset-hint`}
              onChange={(event) => {
                const presetId = event.currentTarget.value
                // Events record the deadlines of the rules they were decided under, so a new preset
                // needs its own history: the sample is replayed through `decide` under it.
                onSnapshot((current) => ({
                  ...sampleSnapshot(presetId),
                  actorId: current.actorId,
                  now: current.now,
                }))
              }}
            >
              {PRESET_IDS.map((presetId) => (
                <option key={presetId} value={presetId}>
                  {text.presets[presetId]}
                </option>
              ))}
            </select>
            <p id={`${id}-preset-hint`} className="bb-muted">
              {text.presetHint}
            </p>
          </div>
          <div className="pg-field">
            <label className="bb-label" htmlFor={`${id}-actor`}>
              {text.actingAs}
            </label>
            <select
              className="bb-select"
              id={`${id}-actor`}
              value={actor.id}
              onChange={(event) => {
                const actorId = event.currentTarget.value
                onSnapshot((current) => ({ ...current, actorId }))
              }}
            >
              {TEAM.map((member) => (
                <option key={member.id} value={member.id}>
                  {member.name} · {member.title[text.locale]}
                </option>
              ))}
            </select>
          </div>
          <button type="button" className="bb-button bb-button--danger" onClick={onReset}>
            {text.reset}
          </button>
        </fieldset>
      </header>

      <TimeControl
        start={range.start}
        end={range.end}
        now={snapshot.now}
        onChange={(now) => onSnapshot((current) => ({ ...current, now }))}
        text={text.date}
      />

      <div
        className={`pg-feedback pg-feedback--${feedback?.tone ?? 'none'}`}
        role="status"
        aria-label={text.actions.result}
      >
        {feedback?.message}
      </div>

      <div className="pg-columns">
        <section aria-labelledby={`${id}-customers`}>
          <h2 id={`${id}-customers`} className="bb-heading">
            {text.customers.heading}
          </h2>
          <CustomerTable
            rows={rows}
            selectedId={selectedId}
            onSelect={setSelectedId}
            text={text.customers}
            headingId={`${id}-customers`}
          />
        </section>
        <section aria-labelledby={`${id}-selected`} className="pg-selected">
          <h2 id={`${id}-selected`} className="bb-heading">
            {selected ? text.actions.heading(selected.profile.name) : text.actions.heading('—')}
          </h2>
          {selected ? (
            <>
              <StatusBadge state={selected.state} />
              <p className="bb-muted">
                {text.customers.owner}:{' '}
                {selected.state.owner
                  ? (memberOf(selected.state.owner)?.name ?? selected.state.owner)
                  : text.customers.nobody}
              </p>
              <CustomerActions
                key={selected.id}
                row={selected}
                actor={actor}
                policy={policy}
                now={snapshot.now}
                conflictId={conflictId}
                onCommand={(command) => act(command)}
                text={text.actions}
              />
              <CustomerTimeline
                events={historyAsOf(historyOf(snapshot.events, selected.id), snapshot.now)}
                claimantLabel={claimantLabel}
              />
            </>
          ) : (
            <p>{text.actions.none}</p>
          )}
        </section>
      </div>

      <div className="pg-columns">
        <RegistrationForm
          key={filings}
          title={text.file.heading}
          lookup={lookup}
          onSubmit={file}
          claimantLabel={claimantLabel}
          ledger={ledger}
          regions={REGIONS.map((region) => ({ value: region, label: text.regions[region] }))}
          matchLabel={(match) =>
            rows.find((row) => row.id === match.customerId)?.profile.name ?? match.customerId
          }
        />
        <div className="pg-stack">
          <ApprovalQueue
            title={text.approvals.heading}
            items={pending}
            claimantLabel={claimantLabel}
            onApprove={(item) =>
              act({ type: 'approve', customerId: item.customerId, claimant: item.claimant })
            }
            onReject={(item, reason) =>
              act({ type: 'reject', customerId: item.customerId, claimant: item.claimant, reason })
            }
          />
          <ExpiringList title={text.expiring.heading} items={expiring} horizonDays={30} />
          <ConflictsPanel
            rows={rows}
            events={snapshot.events}
            now={snapshot.now}
            policy={policy}
            onCommand={act}
            text={text.conflicts}
          />
        </div>
      </div>

      <details className="pg-log">
        <summary>
          {text.log.heading} · {text.log.summary(snapshot.events.length)}
        </summary>
        {snapshot.events.length === 0 ? (
          <p>{text.log.empty}</p>
        ) : (
          <ol>
            {snapshot.events.map((event) => (
              <li key={event.id}>
                <code>{format.dateTime(event.at)}</code> {messages.timeline.events[event.type] ?? event.type}{' '}
                · {rows.find((row) => row.id === event.customerId)?.profile.name ?? event.customerId}
              </li>
            ))}
          </ol>
        )}
      </details>
    </main>
  )
}
