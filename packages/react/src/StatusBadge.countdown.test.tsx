import { presets } from '@baobei/core'
import { act, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { BaobeiProvider } from './BaobeiProvider'
import { catalogues } from './messages'
import { StatusBadge } from './StatusBadge'
import { renderWithBaobei } from './test/render'
import { countdown } from './useCountdown'

const UNTIL = '2026-03-15T10:30:00+08:00'

describe('countdown', () => {
  const messages = catalogues['en-US']

  it('counts down from now to the end of protection', () => {
    const left = countdown('2026-03-16T12:30:00+08:00', '2026-03-15T10:00:00+08:00', messages)
    expect(left).toEqual({ left: { days: 1, hours: 2, minutes: 30 }, expired: false, text: '1 day left' })
  })

  it('is expired at the end itself', () => {
    const left = countdown(UNTIL, UNTIL, messages)
    expect(left).toEqual({ left: null, expired: true, text: 'Expired' })
  })
})

describe('StatusBadge time left', () => {
  afterEach(() => vi.useRealTimers())

  it('stays put without a tick: no timer per badge', () => {
    vi.useFakeTimers()
    renderWithBaobei(<StatusBadge status="registered-protected" protectedUntil={UNTIL} />)
    expect(screen.getByText('30 min left')).toBeTruthy()
    act(() => vi.advanceTimersByTime(20 * 60_000))
    expect(screen.getByText('30 min left')).toBeTruthy()
    expect(vi.getTimerCount()).toBe(0)
  })

  it('advances with the wall clock when given a tick, and says when protection ends', () => {
    vi.useFakeTimers()
    renderWithBaobei(<StatusBadge status="registered-protected" protectedUntil={UNTIL} tick={60_000} />)
    act(() => vi.advanceTimersByTime(20 * 60_000))
    const time = screen.getByText('10 min left')
    expect(time.getAttribute('datetime')).toBe(UNTIL)
    expect(time.getAttribute('title')).toMatch(/^Protected until Mar 15, 2026/)
  })

  it('restarts from a new host `now` rather than adding the elapsed time twice', () => {
    vi.useFakeTimers()
    const at = (now: string) => (
      <BaobeiProvider policy={presets.dailyChemical} now={now} locale="en-US">
        <StatusBadge status="registered-protected" protectedUntil={UNTIL} tick={60_000} />
      </BaobeiProvider>
    )
    const { rerender } = render(at('2026-03-15T10:00:00+08:00'))
    act(() => vi.advanceTimersByTime(20 * 60_000))
    expect(screen.getByText('10 min left')).toBeTruthy()
    rerender(at('2026-03-15T10:20:00+08:00'))
    expect(screen.getByText('10 min left')).toBeTruthy()
  })

  it('spells out the end of protection on hover without a tick too', () => {
    renderWithBaobei(<StatusBadge status="registered-protected" protectedUntil={UNTIL} />)
    expect(screen.getByText('30 min left').getAttribute('title')).toMatch(/^Protected until Mar 15, 2026/)
  })

  it('exposes only text, its parts apart: the status glyph is drawn by CSS, not a node', () => {
    const { container } = renderWithBaobei(
      <StatusBadge status="cooperating-warning" protectedUntil={UNTIL} flags={{ locked: true }} />,
    )
    const badge = container.querySelector('.bb-badge--cooperating-warning')
    expect(badge?.textContent).toBe('④ Cooperating – release warning 30 min left Locked')
    expect(badge?.querySelectorAll('*')).toHaveLength(3)
  })
})
