import { decide, type Event, presets } from '@baobei/core'
import { act, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { StatusBadge } from './StatusBadge'
import { NOW, renderWithBaobei } from './test/render'
import { useCountdown } from './useCountdown'
import { useCustomerState } from './useCustomerState'

const policy = presets.dailyChemical
const actor = { id: 'rep-li', roles: ['sales'] }

function registered(at: string): Event[] {
  const decision = decide(
    {
      type: 'register',
      customerId: 'c-1',
      claimant: 'rep-li',
      profile: { name: '思萨科技', phone: '13800138000', address: '深圳', contact: '张' },
      at,
    },
    { history: [], policy, now: at, actor },
  )
  if (!decision.ok) throw new Error(`register rejected: ${decision.rejection.code}`)
  return decision.events
}

function CustomerBadge({ history }: { history: Event[] }) {
  const state = useCustomerState(history)
  return <StatusBadge state={state} />
}

describe('useCustomerState', () => {
  it('derives the status with the provider policy and now', () => {
    const history = registered('2026-03-01T10:00:00+08:00')
    const { rerender } = renderWithBaobei(<CustomerBadge history={history} />, { policy })
    expect(screen.getByText('⑥ Registered – protected')).toBeTruthy()
    expect(screen.getByText('78 days left')).toBeTruthy()
    rerender(<CustomerBadge history={history} />)
    expect(screen.getByText('⑥ Registered – protected')).toBeTruthy()
  })

  it('follows `now`: three months later the protection has lapsed', () => {
    const history = registered('2026-03-01T10:00:00+08:00')
    renderWithBaobei(<CustomerBadge history={history} />, { policy, now: '2026-06-02T10:00:00+08:00' })
    expect(screen.getByText('② Registered – unprotected')).toBeTruthy()
  })
})

function Countdown({ until, tick }: { until: string; tick?: number }) {
  const countdown = useCountdown(until, tick ? { tick } : {})
  return <span>{countdown?.text}</span>
}

describe('useCountdown', () => {
  afterEach(() => vi.useRealTimers())

  it('is pure without a tick: time left from the provider now', () => {
    vi.useFakeTimers()
    renderWithBaobei(<Countdown until="2026-03-15T12:30:00+08:00" />)
    expect(screen.getByText('2 h left')).toBeTruthy()
    act(() => vi.advanceTimersByTime(3 * 3_600_000))
    expect(screen.getByText('2 h left')).toBeTruthy()
  })

  it('advances with the wall clock when the host asks for a tick', () => {
    vi.useFakeTimers()
    renderWithBaobei(<Countdown until="2026-03-15T10:30:00+08:00" tick={60_000} />, { now: NOW })
    expect(screen.getByText('30 min left')).toBeTruthy()
    act(() => vi.advanceTimersByTime(10 * 60_000))
    expect(screen.getByText('20 min left')).toBeTruthy()
    act(() => vi.advanceTimersByTime(30 * 60_000))
    expect(screen.getByText('Expired')).toBeTruthy()
  })
})
