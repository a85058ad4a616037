/**
 * The Playground's persistence: one `localStorage` key holding versioned JSON.
 *
 * Everything here is pure except `loadSnapshot`/`saveSnapshot`/`clearSnapshot`, which take the storage
 * as an argument so tests can pass a fake one. Events are opaque to this module (the core owns their
 * shape): it only checks the envelope every event has (`type`, `id`, `customerId`, `at`) and keeps the
 * log append-only.
 */

/** The one `localStorage` key the Playground uses. */
export const STORAGE_KEY = 'baobei.playground'

/** Bumped when the stored shape changes; older or newer data is reset with a notice. */
export const STORE_VERSION = 1

/** The envelope every core event has; the rest of the event is kept as it came. */
export type StoredEvent = {
  type: string
  id: string
  customerId: string
  at: string
  [field: string]: unknown
}

/** What the Playground keeps between reloads. */
export type PlaygroundSnapshot = {
  version: typeof STORE_VERSION
  presetId: string
  actorId: string
  /** The date slider's instant (ISO-8601 with offset). */
  now: string
  events: StoredEvent[]
}

/** Why the stored data could not be used (the Playground shows it, then starts from the sample data). */
export type LoadNotice = 'corrupt' | 'unsupported-version' | 'storage-unavailable'

export type LoadResult = { snapshot: PlaygroundSnapshot; notice: LoadNotice | null }

/** The part of `Storage` the store needs (a fake in tests, `window.localStorage` in the browser). */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const isNonEmptyString = (value: unknown): value is string => typeof value === 'string' && value.length > 0

/** An instant the core can read: a string that parses as a date. */
export const isInstant = (value: unknown): value is string =>
  isNonEmptyString(value) && !Number.isNaN(Date.parse(value))

/**
 * Checks one stored event's envelope.
 * @example isStoredEvent({ type: 'registered', id: 'c1:0', customerId: 'c1', at: '2026-01-05T09:00:00+08:00' }) // true
 */
export function isStoredEvent(value: unknown): value is StoredEvent {
  return (
    isRecord(value) &&
    isNonEmptyString(value.type) &&
    isNonEmptyString(value.id) &&
    isNonEmptyString(value.customerId) &&
    isInstant(value.at)
  )
}

/**
 * The caller's own check of a well-formed snapshot (the Playground checks events against the core's
 * event schema and the preset and actor against its lists).
 */
export type SnapshotCheck = (snapshot: PlaygroundSnapshot) => boolean

/**
 * Validates parsed JSON as a snapshot; `null` when any part is malformed (one bad event spoils the log,
 * because a history with a hole would derive wrong states) or `accept` refuses it.
 * @example parseSnapshot(JSON.parse(text)) ?? sampleSnapshot()
 */
export function parseSnapshot(value: unknown, accept: SnapshotCheck = () => true): PlaygroundSnapshot | null {
  if (!isRecord(value) || value.version !== STORE_VERSION) return null
  const { presetId, actorId, now, events } = value
  if (!isNonEmptyString(presetId) || !isNonEmptyString(actorId) || !isInstant(now)) return null
  if (!Array.isArray(events) || !events.every(isStoredEvent)) return null
  if (new Set(events.map((event) => event.id)).size !== events.length) return null
  const snapshot: PlaygroundSnapshot = { version: STORE_VERSION, presetId, actorId, now, events }
  return accept(snapshot) ? snapshot : null
}

/**
 * Reads stored text; falls back to `fallback()` with a notice when it is corrupt or from another version.
 * Missing text (first visit) falls back without a notice.
 * @example decodeSnapshot(localStorage.getItem(STORAGE_KEY), sampleSnapshot)
 */
export function decodeSnapshot(
  text: string | null,
  fallback: () => PlaygroundSnapshot,
  accept?: SnapshotCheck,
): LoadResult {
  if (text === null) return { snapshot: fallback(), notice: null }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return { snapshot: fallback(), notice: 'corrupt' }
  }
  const snapshot = parseSnapshot(parsed, accept)
  if (snapshot) return { snapshot, notice: null }
  const otherVersion =
    isRecord(parsed) && typeof parsed.version === 'number' && parsed.version !== STORE_VERSION
  return { snapshot: fallback(), notice: otherVersion ? 'unsupported-version' : 'corrupt' }
}

/**
 * The stored text of a snapshot.
 * @example storage.setItem(STORAGE_KEY, encodeSnapshot(snapshot))
 */
export function encodeSnapshot(snapshot: PlaygroundSnapshot): string {
  return JSON.stringify(snapshot)
}

/**
 * Loads the snapshot from storage. A storage that throws (private mode, disabled cookies) or is absent
 * falls back with the `storage-unavailable` notice.
 * @example const { snapshot, notice } = loadSnapshot(window.localStorage, sampleSnapshot)
 */
export function loadSnapshot(
  storage: StorageLike | undefined,
  fallback: () => PlaygroundSnapshot,
  accept?: SnapshotCheck,
): LoadResult {
  if (!storage) return { snapshot: fallback(), notice: 'storage-unavailable' }
  let text: string | null
  try {
    text = storage.getItem(STORAGE_KEY)
  } catch {
    return { snapshot: fallback(), notice: 'storage-unavailable' }
  }
  return decodeSnapshot(text, fallback, accept)
}

/**
 * Saves the snapshot; `false` when the storage refused it (quota, private mode) so the page can say so.
 * @example if (!saveSnapshot(window.localStorage, snapshot)) showNotice('not saved')
 */
export function saveSnapshot(storage: StorageLike | undefined, snapshot: PlaygroundSnapshot): boolean {
  if (!storage) return false
  try {
    storage.setItem(STORAGE_KEY, encodeSnapshot(snapshot))
    return true
  } catch {
    return false
  }
}

/**
 * Forgets the stored snapshot (the "reset demo" button).
 * @example clearSnapshot(window.localStorage)
 */
export function clearSnapshot(storage: StorageLike | undefined): void {
  try {
    storage?.removeItem(STORAGE_KEY)
  } catch {
    // Nothing stored can be removed from an unavailable storage: the reset still happens in memory.
  }
}

/** Why `appendEvents` refused events. */
export type AppendRefusal = 'malformed-event' | 'duplicate-id' | 'before-latest'

export type AppendResult = { ok: true; snapshot: PlaygroundSnapshot } | { ok: false; refusal: AppendRefusal }

/**
 * Appends accepted events to the log without touching the old snapshot. Refuses events that would
 * corrupt it: a malformed envelope, an id already in the log, or an event dated before the latest
 * event of its customer (a history must stay in time order).
 * @example const result = appendEvents(snapshot, decision.events)
 */
export function appendEvents(snapshot: PlaygroundSnapshot, events: readonly unknown[]): AppendResult {
  if (!events.every(isStoredEvent)) return { ok: false, refusal: 'malformed-event' }
  const ids = new Set(snapshot.events.map((event) => event.id))
  let log = snapshot.events
  for (const event of events) {
    if (ids.has(event.id)) return { ok: false, refusal: 'duplicate-id' }
    const latest = latestAt(log, event.customerId)
    if (latest !== null && Date.parse(event.at) < Date.parse(latest))
      return { ok: false, refusal: 'before-latest' }
    ids.add(event.id)
    log = [...log, event]
  }
  return { ok: true, snapshot: { ...snapshot, events: log } }
}

/**
 * One customer's history, in log order.
 * @example deriveState(historyOf(snapshot.events, 'c1'), policy, now)
 */
export function historyOf(events: readonly StoredEvent[], customerId: string): StoredEvent[] {
  return events.filter((event) => event.customerId === customerId)
}

/**
 * The events that had happened by `now` (the slider can look back in time).
 * @example historyAsOf(historyOf(events, 'c1'), '2026-03-01T00:00:00+08:00')
 */
export function historyAsOf(events: readonly StoredEvent[], now: string): StoredEvent[] {
  const limit = Date.parse(now)
  return events.filter((event) => Date.parse(event.at) <= limit)
}

/**
 * The instant of a customer's latest event, or `null` when it has none.
 * @example latestAt(snapshot.events, 'c1')
 */
export function latestAt(events: readonly StoredEvent[], customerId: string): string | null {
  let latest: string | null = null
  for (const event of events) {
    if (event.customerId === customerId && (latest === null || Date.parse(event.at) > Date.parse(latest))) {
      latest = event.at
    }
  }
  return latest
}

/**
 * The ids of the customers in the log, in order of first appearance.
 * @example customerIdsOf(snapshot.events) // ['c1', 'c2']
 */
export function customerIdsOf(events: readonly StoredEvent[]): string[] {
  return [...new Set(events.map((event) => event.customerId))]
}

/**
 * The next free id of the form `<prefix><n>`, counting from 1, among `taken`.
 * @example nextId('c', ['c1', 'c2']) // 'c3'
 */
export function nextId(prefix: string, taken: Iterable<string>): string {
  const used = new Set(taken)
  let n = 1
  while (used.has(`${prefix}${n}`)) n += 1
  return `${prefix}${n}`
}
