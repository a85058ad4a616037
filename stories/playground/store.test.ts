import { describe, expect, it } from 'vitest'
import {
  appendEvents,
  clearSnapshot,
  customerIdsOf,
  decodeSnapshot,
  encodeSnapshot,
  historyAsOf,
  historyOf,
  latestAt,
  loadSnapshot,
  nextId,
  type PlaygroundSnapshot,
  parseSnapshot,
  STORAGE_KEY,
  STORE_VERSION,
  type StorageLike,
  type StoredEvent,
  saveSnapshot,
} from './store'

const event = (customerId: string, n: number, at: string, type = 'registered'): StoredEvent => ({
  type,
  id: `${customerId}:${n}`,
  customerId,
  at,
  actor: 'wang-fang',
})

const sample = (): PlaygroundSnapshot => ({
  version: STORE_VERSION,
  presetId: 'dailyChemical',
  actorId: 'wang-fang',
  now: '2026-02-01T09:00:00+08:00',
  events: [
    event('c1', 0, '2026-01-05T09:00:00+08:00'),
    event('c2', 0, '2026-01-06T10:00:00+08:00'),
    event('c1', 1, '2026-01-20T15:00:00+08:00', 'payment-recorded'),
  ],
})

/** A Map-backed storage; `failing` makes every call throw like a disabled localStorage. */
function memoryStorage(failing = false): StorageLike & { items: Map<string, string> } {
  const items = new Map<string, string>()
  const guard = () => {
    if (failing) throw new DOMException('denied', 'SecurityError')
  }
  return {
    items,
    getItem: (key) => {
      guard()
      return items.get(key) ?? null
    },
    setItem: (key, value) => {
      guard()
      items.set(key, value)
    },
    removeItem: (key) => {
      guard()
      items.delete(key)
    },
  }
}

const fallbackSnapshot = (): PlaygroundSnapshot => ({ ...sample(), events: [], presetId: 'fallback' })

describe('decodeSnapshot', () => {
  it('round-trips what encodeSnapshot wrote', () => {
    const snapshot = sample()
    expect(decodeSnapshot(encodeSnapshot(snapshot), fallbackSnapshot)).toEqual({ snapshot, notice: null })
  })

  it('starts from the fallback without a notice on a first visit', () => {
    expect(decodeSnapshot(null, fallbackSnapshot)).toEqual({ snapshot: fallbackSnapshot(), notice: null })
  })

  it.each([
    ['text that is not JSON', '{"version":1,'],
    ['JSON that is not an object', '[1,2,3]'],
    ['a missing event list', JSON.stringify({ ...sample(), events: undefined })],
    [
      'an event without a customer',
      JSON.stringify({ ...sample(), events: [{ type: 'x', id: 'a', at: '2026-01-01' }] }),
    ],
    [
      'an event with an unreadable date',
      JSON.stringify({ ...sample(), events: [event('c1', 0, 'yesterday')] }),
    ],
    ['a slider date that is not a date', JSON.stringify({ ...sample(), now: 'soon' })],
    [
      'two events with one id',
      JSON.stringify({ ...sample(), events: [event('c1', 0, '2026-01-05'), event('c1', 0, '2026-01-06')] }),
    ],
  ])('resets corrupt data (%s) with a notice', (_, text) => {
    expect(decodeSnapshot(text, fallbackSnapshot)).toEqual({
      snapshot: fallbackSnapshot(),
      notice: 'corrupt',
    })
  })

  it('resets data from another store version with its own notice', () => {
    const text = JSON.stringify({ ...sample(), version: STORE_VERSION + 1 })
    expect(decodeSnapshot(text, fallbackSnapshot).notice).toBe('unsupported-version')
  })

  it("resets data the caller's own check refuses", () => {
    const text = encodeSnapshot(sample())
    const noPayments = (snapshot: PlaygroundSnapshot) =>
      snapshot.events.every((e) => e.type !== 'payment-recorded')
    expect(decodeSnapshot(text, fallbackSnapshot, noPayments).notice).toBe('corrupt')
    expect(decodeSnapshot(text, fallbackSnapshot, () => true).notice).toBeNull()
  })

  it('keeps fields it does not know inside events', () => {
    const snapshot = {
      ...sample(),
      events: [{ ...event('c1', 0, '2026-01-05T09:00:00+08:00'), amount: 5000 }],
    }
    expect(parseSnapshot(JSON.parse(encodeSnapshot(snapshot)))?.events[0]).toMatchObject({ amount: 5000 })
  })
})

describe('loadSnapshot / saveSnapshot / clearSnapshot', () => {
  it('saves under the one key and loads it back', () => {
    const storage = memoryStorage()
    expect(saveSnapshot(storage, sample())).toBe(true)
    expect([...storage.items.keys()]).toEqual([STORAGE_KEY])
    expect(loadSnapshot(storage, fallbackSnapshot)).toEqual({ snapshot: sample(), notice: null })
  })

  it('reports corrupt stored text instead of throwing', () => {
    const storage = memoryStorage()
    storage.items.set(STORAGE_KEY, 'not json at all')
    expect(loadSnapshot(storage, fallbackSnapshot).notice).toBe('corrupt')
  })

  it('survives a storage that throws or is missing', () => {
    expect(loadSnapshot(memoryStorage(true), fallbackSnapshot)).toEqual({
      snapshot: fallbackSnapshot(),
      notice: 'storage-unavailable',
    })
    expect(loadSnapshot(undefined, fallbackSnapshot).notice).toBe('storage-unavailable')
    expect(saveSnapshot(memoryStorage(true), sample())).toBe(false)
    expect(() => clearSnapshot(memoryStorage(true))).not.toThrow()
  })

  it('clears the stored snapshot so the next load starts fresh', () => {
    const storage = memoryStorage()
    saveSnapshot(storage, sample())
    clearSnapshot(storage)
    expect(loadSnapshot(storage, fallbackSnapshot)).toEqual({ snapshot: fallbackSnapshot(), notice: null })
  })
})

describe('appendEvents', () => {
  it('appends in order and leaves the old snapshot untouched', () => {
    const before = sample()
    const added = event('c2', 1, '2026-01-25T09:00:00+08:00', 'visit-logged')
    const result = appendEvents(before, [added])
    expect(result.ok && result.snapshot.events.at(-1)).toEqual(added)
    expect(before.events).toHaveLength(3)
  })

  it('refuses a duplicate id', () => {
    expect(appendEvents(sample(), [event('c1', 1, '2026-03-01T09:00:00+08:00')])).toEqual({
      ok: false,
      refusal: 'duplicate-id',
    })
  })

  it("refuses an event dated before its customer's latest event", () => {
    expect(appendEvents(sample(), [event('c1', 2, '2026-01-10T09:00:00+08:00')])).toEqual({
      ok: false,
      refusal: 'before-latest',
    })
  })

  it('accepts an earlier date for another customer', () => {
    expect(appendEvents(sample(), [event('c3', 0, '2026-01-01T09:00:00+08:00')]).ok).toBe(true)
  })

  it('refuses a malformed event', () => {
    expect(appendEvents(sample(), [{ type: 'registered' }])).toEqual({
      ok: false,
      refusal: 'malformed-event',
    })
  })
})

describe('queries', () => {
  it('filters one customer and the events up to a date', () => {
    const { events } = sample()
    expect(historyOf(events, 'c1').map((e) => e.id)).toEqual(['c1:0', 'c1:1'])
    expect(historyAsOf(events, '2026-01-10T00:00:00+08:00').map((e) => e.id)).toEqual(['c1:0', 'c2:0'])
    expect(latestAt(events, 'c1')).toBe('2026-01-20T15:00:00+08:00')
    expect(latestAt(events, 'c9')).toBeNull()
    expect(customerIdsOf(events)).toEqual(['c1', 'c2'])
  })

  it('finds the next free id', () => {
    expect(nextId('c', ['c1', 'c2', 'c4'])).toBe('c3')
    expect(nextId('k', [])).toBe('k1')
  })
})
