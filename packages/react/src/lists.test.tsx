import { decide, type Event, presets } from '@baobei/core'
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { ApprovalQueue } from './ApprovalQueue'
import { CustomerTimeline } from './CustomerTimeline'
import { ExpiringList } from './ExpiringList'
import { renderWithBaobei } from './test/render'

const flags = { pendingApproval: false, locked: false, inConflict: false, expiringSoon: true, inPool: false }

describe('CustomerTimeline', () => {
  const events = [
    { id: 'c:0', type: 'registered', at: '2026-03-01T09:00:00+08:00', actor: 'li', claimant: 'li' },
    {
      id: 'c:1',
      type: 'payment-recorded',
      at: '2026-03-10T15:00:00+08:00',
      actor: 'fin',
      claimant: 'li',
      amount: 58000,
    },
    {
      id: 'c:2',
      type: 'conflict-resolved',
      at: '2026-03-12T15:00:00+08:00',
      actor: 'mgr',
      resolution: { kind: 'award', claimant: 'li' },
      reason: '<b>filed first</b>',
    },
  ]

  it('lists events newest first with machine-readable times, in words', () => {
    renderWithBaobei(<CustomerTimeline events={events} claimantLabel={(id) => id.toUpperCase()} />)
    const items = within(screen.getByRole('list')).getAllByRole('listitem')
    expect(screen.getByRole('list').tagName).toBe('OL')
    expect(items[0]?.textContent).toContain('Conflict resolved · Award: LI · <b>filed first</b>')
    expect(items[1]?.textContent).toContain('Payment recorded · LI · 58,000')
    expect(items[2]?.querySelector('time')?.getAttribute('datetime')).toBe('2026-03-01T09:00:00+08:00')
    // Host text is text, never markup.
    expect(document.querySelector('b')).toBeNull()
  })

  it('speaks Chinese and has an empty state', () => {
    const { rerender } = renderWithBaobei(<CustomerTimeline events={events} order="oldest-first" />, {
      locale: 'zh-CN',
    })
    expect(within(screen.getByRole('list')).getAllByRole('listitem')[0]?.textContent).toContain('报备客户')
    rerender(<CustomerTimeline events={[]} />)
    expect(screen.getByText('暂无记录')).toBeTruthy()
  })
})

describe('ApprovalQueue', () => {
  const items = [
    {
      customerId: 'c-1',
      claimant: 'li',
      submittedAt: '2026-03-15T08:00:00+08:00',
      profile: { name: '思萨科技' },
    },
  ]

  it('approves', async () => {
    const user = userEvent.setup()
    const onApprove = vi.fn()
    renderWithBaobei(<ApprovalQueue items={items} onApprove={onApprove} onReject={() => {}} />)
    await user.click(screen.getByRole('button', { name: 'Approve' }))
    expect(onApprove).toHaveBeenCalledWith(items[0])
  })

  it('rejects only with a reason', async () => {
    const user = userEvent.setup()
    const onReject = vi.fn()
    renderWithBaobei(<ApprovalQueue items={items} onApprove={() => {}} onReject={onReject} />)
    await user.click(screen.getByRole('button', { name: 'Reject' }))
    await user.click(screen.getByRole('button', { name: 'Confirm rejection' }))
    expect(onReject).not.toHaveBeenCalled()
    expect(screen.getByText('A reason is required')).toBeTruthy()
    await user.type(screen.getByRole('textbox', { name: /Reason for rejection/ }), 'Duplicate of c-9')
    await user.click(screen.getByRole('button', { name: 'Confirm rejection' }))
    expect(onReject).toHaveBeenCalledWith(items[0], 'Duplicate of c-9')
  })

  it('moves focus to the reason, back to Reject on cancel, and to the reason when it is missing', async () => {
    const user = userEvent.setup()
    const onReject = vi.fn()
    renderWithBaobei(<ApprovalQueue items={items} onApprove={() => {}} onReject={onReject} />)
    await user.click(screen.getByRole('button', { name: 'Reject' }))
    const reason = screen.getByRole('textbox', { name: /Reason for rejection/ })
    expect(document.activeElement).toBe(reason)
    await user.click(screen.getByRole('button', { name: 'Cancel' }))
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Reject' }))
    // With the keyboard: Enter on Reject opens the form with the reason focused.
    await user.keyboard('{Enter}')
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: /Reason for rejection/ }))
    await user.click(screen.getByRole('button', { name: 'Confirm rejection' }))
    expect(onReject).not.toHaveBeenCalled()
    const invalid = screen.getByRole('textbox', { name: /Reason for rejection/ })
    expect(invalid.getAttribute('aria-invalid')).toBe('true')
    expect(document.activeElement).toBe(invalid)
    await user.type(invalid, 'Duplicate of c-9')
    await user.click(screen.getByRole('button', { name: 'Confirm rejection' }))
    expect(onReject).toHaveBeenCalledWith(items[0], 'Duplicate of c-9')
    // The host kept the row: focus returns to its Reject button rather than <body>.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Reject' }))
  })

  it('does not take focus when it mounts', () => {
    renderWithBaobei(<ApprovalQueue items={items} onApprove={() => {}} onReject={() => {}} />)
    expect(document.activeElement).toBe(document.body)
  })

  it('has empty, loading and error states', () => {
    const { rerender } = renderWithBaobei(
      <ApprovalQueue items={[]} onApprove={() => {}} onReject={() => {}} />,
    )
    expect(screen.getByText('No filings are waiting for approval')).toBeTruthy()
    rerender(<ApprovalQueue items={[]} status="loading" onApprove={() => {}} onReject={() => {}} />)
    expect(screen.getByRole('status').textContent).toBe('Loading…')
    rerender(<ApprovalQueue items={[]} status="error" onApprove={() => {}} onReject={() => {}} />)
    expect(screen.getByRole('alert').textContent).toBe('Could not load the filings')
  })
})

describe('ExpiringList', () => {
  const item = (customerId: string, at: string) => ({
    customerId,
    name: customerId.toUpperCase(),
    state: { status: 'registered-protected' as const, protectedUntil: at, flags, nextChange: null },
  })

  it('groups what falls due by local day in the policy time zone, soonest first', () => {
    renderWithBaobei(
      <ExpiringList
        items={[
          item('c', '2026-03-17T09:00:00+08:00'),
          // 23:30 in Shanghai is still the 16th there although it is the 16th 15:30 UTC.
          item('b', '2026-03-16T23:30:00+08:00'),
          item('a', '2026-03-16T08:00:00+08:00'),
          item('past', '2026-03-14T08:00:00+08:00'),
        ]}
      />,
    )
    const days = screen.getAllByRole('heading', { level: 3 })
    expect(days.map((day) => day.textContent)).toEqual(['Mar 16, 2026', 'Mar 17, 2026'])
    expect(days[0]?.querySelector('time')?.getAttribute('datetime')).toBe('2026-03-16')
    const first = days[0]?.parentElement as HTMLElement
    expect(
      within(first)
        .getAllByRole('listitem')
        .map((li) => li.querySelector('strong')?.textContent),
    ).toEqual(['A', 'B'])
    expect(screen.queryByText('PAST')).toBeNull()
  })

  it('limits to a horizon and has an empty state', () => {
    const { rerender } = renderWithBaobei(
      <ExpiringList items={[item('far', '2026-04-30T08:00:00+08:00')]} horizonDays={7} />,
    )
    expect(screen.getByText('Nothing expires soon')).toBeTruthy()
    rerender(<ExpiringList items={[]} status="error" />)
    expect(screen.getByRole('alert')).toBeTruthy()
  })
})

describe('CustomerTimeline with a core history', () => {
  it('describes the events decide produced, with the new protection end', () => {
    const policy = presets.dailyChemical
    const profile = { name: '思萨科技', phone: '13800138000', address: '深圳', contact: '张' }
    const run = (
      history: Event[],
      command: Parameters<typeof decide>[0],
      actor: { id: string; roles: string[] },
    ) => {
      const decision = decide(command, { history, policy, now: command.at ?? '', actor })
      if (!decision.ok) throw new Error(decision.rejection.code)
      return [...history, ...decision.events]
    }
    let history = run(
      [],
      { type: 'register', customerId: 'c-1', claimant: 'li', profile, at: '2026-03-01T10:00:00+08:00' },
      { id: 'li', roles: ['sales'] },
    )
    history = run(
      history,
      {
        type: 'record-payment',
        customerId: 'c-1',
        claimant: 'li',
        amount: 58000,
        at: '2026-03-10T10:00:00+08:00',
      },
      { id: 'fin', roles: [...policy.financeRoles] },
    )
    renderWithBaobei(<CustomerTimeline events={history} order="oldest-first" />, { policy })
    const items = within(screen.getByRole('list')).getAllByRole('listitem')
    expect(items[0]?.textContent).toContain('Registered · Protected until Jun 1, 2026')
    expect(items[1]?.textContent).toContain('Payment recorded · li · 58,000 · Protected until')
    expect(items[1]?.textContent).toContain('by fin')
  })
})
