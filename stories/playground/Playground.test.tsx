import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
// jsdom has no modal dialogs; the kit's own test shim adds showModal/close.
import '../../packages/react/src/test/dialog'
import { Playground } from './Playground'
import { STORAGE_KEY, type StorageLike } from './store'

afterEach(cleanup)

function memoryStorage(initial?: string): StorageLike & { items: Map<string, string> } {
  const items = new Map<string, string>(initial === undefined ? [] : [[STORAGE_KEY, initial]])
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      items.set(key, value)
    },
    removeItem: (key) => {
      items.delete(key)
    },
  }
}

const storedEventCount = (storage: { items: Map<string, string> }) =>
  (JSON.parse(storage.items.get(STORAGE_KEY) ?? '{}') as { events?: unknown[] }).events?.length ?? 0

const rowOf = (name: string) => {
  const row = screen.getByRole('button', { name }).closest('tr')
  if (!row) throw new Error(`no row for ${name}`)
  return row
}

describe('Playground', () => {
  it('shows the team, the customers and a labelled date slider, and saves the sample log', () => {
    const storage = memoryStorage()
    render(<Playground locale="en-US" storage={storage} />)
    expect(screen.getByRole('heading', { level: 1, name: 'Baobei playground' })).toBeTruthy()
    const slider = screen.getByRole('slider', { name: /Today/ })
    expect(slider.getAttribute('aria-valuetext')).toBe('Mar 16, 2026')
    expect(screen.getAllByRole('row')).toHaveLength(9)
    expect(storedEventCount(storage)).toBeGreaterThan(0)
  })

  it('moves statuses with the date: a paying customer warns after three months without payment', () => {
    render(<Playground locale="en-US" storage={memoryStorage()} />)
    const row = rowOf('广州百佳超市连锁有限公司')
    expect(within(row).getByText(/Cooperating – protected/)).toBeTruthy()
    // Last payment 28 January: the warning (④) starts on 28 April.
    act(() => fireEvent.click(screen.getByRole('button', { name: '+1 month' })))
    expect(within(rowOf('广州百佳超市连锁有限公司')).getByText(/Cooperating – protected/)).toBeTruthy()
    act(() => fireEvent.click(screen.getByRole('button', { name: '+1 month' })))
    expect(within(rowOf('广州百佳超市连锁有限公司')).getByText(/Cooperating – release warning/)).toBeTruthy()
  })

  it('records an accepted action in the log and reports a rejected one', () => {
    const storage = memoryStorage()
    render(<Playground locale="en-US" storage={storage} />)
    const before = storedEventCount(storage)
    act(() => fireEvent.click(screen.getByRole('button', { name: '杭州云峰商贸有限公司' })))
    act(() => fireEvent.click(screen.getByRole('button', { name: 'Log visit' })))
    expect(screen.getByRole('status', { name: 'Result' }).textContent).toMatch(/^Done/)
    expect(storedEventCount(storage)).toBeGreaterThan(before)

    act(() => fireEvent.change(screen.getByLabelText('Acting as'), { target: { value: 'li-qiang' } }))
    act(() => fireEvent.click(screen.getByRole('button', { name: 'File this customer' })))
    expect(screen.getByRole('status', { name: 'Result' }).textContent).toMatch(/^Rejected/)
  })

  it('opens a conflict and lets the manager arbitrate it in the ConflictDialog', () => {
    const storage = memoryStorage()
    render(<Playground locale="en-US" storage={storage} />)
    act(() => fireEvent.click(screen.getByRole('button', { name: '杭州云峰商贸有限公司' })))
    act(() => fireEvent.click(screen.getByRole('button', { name: 'Open a conflict' })))
    expect(screen.getByRole('status', { name: 'Result' }).textContent).toMatch(/^Done/)

    act(() => fireEvent.change(screen.getByLabelText('Acting as'), { target: { value: 'zhang-wei' } }))
    act(() => fireEvent.click(screen.getByRole('button', { name: 'Arbitrate: 杭州云峰商贸有限公司' })))
    const dialog = screen.getByRole('dialog')
    act(() => fireEvent.change(within(dialog).getByLabelText(/Reason/), { target: { value: 'Filed first' } }))
    act(() => fireEvent.click(within(dialog).getByRole('button', { name: 'Resolve' })))
    expect(screen.getByRole('status', { name: 'Result' }).textContent).toMatch(/^Done/)
    expect(screen.queryByRole('button', { name: /^Arbitrate/ })).toBeNull()
    const stored = JSON.parse(storage.items.get(STORAGE_KEY) ?? '{}') as { events: { type: string }[] }
    expect(stored.events.at(-1)?.type).toBe('conflict-resolved')
  })

  it.each(['autoDealer', 'visitFiling'])(
    'under %s settles a conflict only with when the customer left, and the core checks it',
    (preset) => {
      const storage = memoryStorage()
      render(<Playground locale="en-US" storage={storage} />)
      act(() => fireEvent.change(screen.getByLabelText('Policy preset'), { target: { value: preset } }))
      act(() => fireEvent.click(screen.getByRole('button', { name: '杭州云峰商贸有限公司' })))
      act(() => fireEvent.click(screen.getByRole('button', { name: 'Open a conflict' })))
      expect(screen.getByRole('status', { name: 'Result' }).textContent).toMatch(/^Done/)

      act(() => fireEvent.change(screen.getByLabelText('Acting as'), { target: { value: 'zhang-wei' } }))
      act(() => fireEvent.click(screen.getByRole('button', { name: 'Arbitrate: 杭州云峰商贸有限公司' })))
      const dialog = within(screen.getByRole('dialog'))
      const before = storedEventCount(storage)
      act(() => fireEvent.change(dialog.getByLabelText(/Reason/), { target: { value: 'Filed first' } }))
      act(() => fireEvent.click(dialog.getByRole('button', { name: 'Resolve' })))
      // The dialog itself asks for the departure before anything reaches the core.
      expect(dialog.getByText('Enter when the customer left')).toBeTruthy()
      expect(storedEventCount(storage)).toBe(before)

      // The slider stands at 16 March, 20:00 (Shanghai): a departure at 21:00 has not happened yet.
      const leftAt = dialog.getByLabelText(/^Customer left at/)
      act(() => fireEvent.change(leftAt, { target: { value: '2026-03-16T21:00' } }))
      act(() => fireEvent.click(dialog.getByRole('button', { name: 'Resolve' })))
      expect(dialog.getByRole('alert').textContent).toContain('settled after the customer has left')
      expect(storedEventCount(storage)).toBe(before)

      act(() => fireEvent.change(leftAt, { target: { value: '2026-03-16T19:40' } }))
      act(() => fireEvent.click(dialog.getByRole('button', { name: 'Resolve' })))
      expect(screen.getByRole('status', { name: 'Result' }).textContent).toMatch(/^Done/)
      const stored = JSON.parse(storage.items.get(STORAGE_KEY) ?? '{}') as {
        events: { type: string; customerLeftAt?: string }[]
      }
      expect(stored.events.at(-1)).toMatchObject({
        type: 'conflict-resolved',
        customerLeftAt: '2026-03-16T19:40:00.000+08:00',
      })
    },
  )

  it('re-uses the departure recorded with an escalation when the next arbitrator settles', () => {
    const storage = memoryStorage()
    render(<Playground locale="en-US" storage={storage} />)
    act(() => fireEvent.change(screen.getByLabelText('Policy preset'), { target: { value: 'autoDealer' } }))
    act(() => fireEvent.click(screen.getByRole('button', { name: '杭州云峰商贸有限公司' })))
    act(() => fireEvent.click(screen.getByRole('button', { name: 'Open a conflict' })))
    act(() => fireEvent.change(screen.getByLabelText('Acting as'), { target: { value: 'zhang-wei' } }))
    const arbitrate = () =>
      act(() => fireEvent.click(screen.getByRole('button', { name: 'Arbitrate: 杭州云峰商贸有限公司' })))

    arbitrate()
    let dialog = within(screen.getByRole('dialog'))
    act(() => fireEvent.click(dialog.getByRole('radio', { name: 'Escalate' })))
    act(() =>
      fireEvent.change(dialog.getByLabelText(/^Customer left at/), { target: { value: '2026-03-16T19:10' } }),
    )
    act(() => fireEvent.change(dialog.getByLabelText(/Reason/), { target: { value: 'Needs the GM' } }))
    act(() => fireEvent.click(dialog.getByRole('button', { name: 'Resolve' })))
    expect(screen.getByRole('status', { name: 'Result' }).textContent).toMatch(/^Done/)

    arbitrate()
    dialog = within(screen.getByRole('dialog'))
    expect((dialog.getByLabelText(/^Customer left at/) as HTMLInputElement).value).toBe('2026-03-16T19:10')
    act(() => fireEvent.click(dialog.getByRole('radio', { name: /^Award/ })))
    act(() => fireEvent.change(dialog.getByLabelText(/Reason/), { target: { value: 'Filed first' } }))
    act(() => fireEvent.click(dialog.getByRole('button', { name: 'Resolve' })))
    expect(screen.getByRole('status', { name: 'Result' }).textContent).toMatch(/^Done/)
    expect(screen.queryByRole('button', { name: /^Arbitrate/ })).toBeNull()
  })

  it('detects two claimants visiting one customer and opens the collision it proposes', () => {
    render(<Playground locale="en-US" storage={memoryStorage()} />)
    act(() => fireEvent.click(screen.getByRole('button', { name: '杭州云峰商贸有限公司' })))
    act(() => fireEvent.click(screen.getByRole('button', { name: 'Log visit' })))
    act(() => fireEvent.change(screen.getByLabelText('Acting as'), { target: { value: 'chen-jing' } }))
    act(() => fireEvent.click(screen.getByRole('button', { name: 'Log visit' })))
    const proposal = screen.getByRole('button', { name: /^Open conflict: 杭州云峰商贸有限公司/ })
    expect(proposal.textContent).toContain('王芳 · 陈静')
    act(() => fireEvent.click(proposal))
    expect(screen.getByRole('button', { name: 'Arbitrate: 杭州云峰商贸有限公司' })).toBeTruthy()
    expect(screen.queryByRole('button', { name: /^Open conflict:/ })).toBeNull()
  })

  it('lists filings awaiting approval under an approval preset, and the manager approves them', () => {
    render(<Playground locale="en-US" storage={memoryStorage()} />)
    act(() => fireEvent.change(screen.getByLabelText('Policy preset'), { target: { value: 'projectSales' } }))
    const queue = screen.getByRole('region', { name: 'Pending approval' })
    expect(within(queue).getByText(/苏州精工机械有限公司/)).toBeTruthy()

    act(() => fireEvent.click(within(queue).getByRole('button', { name: /^Approve/ })))
    expect(screen.getByRole('status', { name: 'Result' }).textContent).toMatch(/^Rejected/)
    act(() => fireEvent.change(screen.getByLabelText('Acting as'), { target: { value: 'zhang-wei' } }))
    act(() => fireEvent.click(within(queue).getByRole('button', { name: /^Approve/ })))
    expect(screen.getByRole('status', { name: 'Result' }).textContent).toMatch(/^Done/)
    expect(
      within(screen.getByRole('region', { name: 'Pending approval' })).queryByText(/苏州精工/),
    ).toBeNull()
  })

  it('resets corrupt stored data with a visible notice instead of crashing', () => {
    const storage = memoryStorage('{"version":1,"events":[{"type":')
    render(<Playground locale="zh-CN" storage={storage} />)
    expect(screen.getByRole('alert').textContent).toContain('已损坏')
    expect(screen.getAllByRole('row')).toHaveLength(9)
  })

  it.each([
    [
      'an event the core does not know',
      { type: 'registered', id: 'c1:0', customerId: 'c1', at: '2026-01-05T18:30:00+08:00' },
    ],
    ['an unknown preset', null],
  ])('resets a stored log with %s, with a notice', (_, event) => {
    const snapshot = {
      version: 1,
      presetId: event ? 'dailyChemical' : 'noSuchPreset',
      actorId: 'wang-fang',
      now: '2026-03-16T20:00:00+08:00',
      events: event ? [event] : [],
    }
    render(<Playground locale="en-US" storage={memoryStorage(JSON.stringify(snapshot))} />)
    expect(screen.getByRole('alert').textContent).toContain('corrupt')
    expect(screen.getAllByRole('row')).toHaveLength(9)
  })

  it('keeps the log across a reload and resets it on demand', () => {
    const storage = memoryStorage()
    const first = render(<Playground locale="en-US" storage={storage} />)
    act(() => fireEvent.click(screen.getByRole('button', { name: '+1 day' })))
    first.unmount()
    render(<Playground locale="en-US" storage={storage} />)
    expect(screen.getByRole('slider').getAttribute('aria-valuetext')).toBe('Mar 17, 2026')
    act(() => fireEvent.click(screen.getByRole('button', { name: 'Reset demo' })))
    expect(screen.getByRole('alert').textContent).toContain('reset')
    expect(screen.getByRole('slider').getAttribute('aria-valuetext')).toBe('Mar 16, 2026')
  })
})
