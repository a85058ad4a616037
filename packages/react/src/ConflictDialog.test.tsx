import './test/dialog'
import { type Policy, presets } from '@baobei/core'
import { act, fireEvent, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { type ConflictDecision, ConflictDialog, escalationTargets } from './ConflictDialog'
import type { ConflictCase, ResolutionSuggestion } from './core'
import { pressEscape } from './test/dialog'
import { renderWithBaobei } from './test/render'

const claim = (claimant: string, registeredAt: string | null, completeness: number) => ({
  claimant,
  registeredAt,
  valid: registeredAt !== null,
  completeness,
  tracking: { expectedAmount: 120000 },
  appointment: false,
  visits: ['2026-03-04T14:00:00+08:00'],
})

const conflict: ConflictCase = {
  id: 'k1',
  kind: 'duplicate-filing',
  customerId: 'c-1',
  claims: [claim('li', '2026-03-01T09:00:00+08:00', 0.9), claim('wang', '2026-03-05T09:00:00+08:00', 0.6)],
}

const suggestion: ResolutionSuggestion = {
  ranking: [
    { claimant: 'li', rank: 1 },
    { claimant: 'wang', rank: 2 },
  ],
  criteria: [
    {
      criterion: 'earliest-registration',
      values: { li: '2026-03-01T09:00:00+08:00', wang: '2026-03-05T09:00:00+08:00' },
      winner: 'li',
    },
    { criterion: 'completeness', values: { li: 0.9, wang: 0.6 }, winner: 'li' },
  ],
  resolution: { kind: 'award', claimant: 'li' },
  explanation: ['earliest-registration'],
  violations: [{ claimant: 'wang', violation: 'false-filing' }],
}

/** A host page: an opener button and the controlled dialog. */
function Page({
  onResolve,
  value = conflict,
  customerLeftAt,
}: {
  onResolve: (d: ConflictDecision) => void
  value?: ConflictCase
  customerLeftAt?: string
}) {
  const [open, setOpen] = useState(false)
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Open
      </button>
      <ConflictDialog
        open={open}
        onClose={() => setOpen(false)}
        conflict={value}
        suggestion={suggestion}
        onResolve={onResolve}
        claimantLabel={(id) => id.toUpperCase()}
        customerLeftAt={customerLeftAt}
      />
    </>
  )
}

async function openPage(
  onResolve = vi.fn(),
  value?: ConflictCase,
  options: { policy?: Policy; locale?: 'zh-CN' | 'en-US'; customerLeftAt?: string } = {},
) {
  const user = userEvent.setup()
  const { customerLeftAt, ...provider } = options
  renderWithBaobei(<Page onResolve={onResolve} value={value} customerLeftAt={customerLeftAt} />, provider)
  const opener = screen.getByRole('button', { name: 'Open' })
  await user.click(opener)
  const dialog = document.querySelector('dialog') as HTMLDialogElement
  return { user, opener, dialog, inDialog: within(dialog), onResolve }
}

describe('ConflictDialog', () => {
  it('shows the claims side by side, the criteria table and the suggestion', async () => {
    const { dialog, inDialog } = await openPage()
    expect(dialog.open).toBe(true)
    expect(inDialog.getByRole('heading', { name: 'Resolve conflict · Duplicate filing' })).toBeTruthy()
    expect(inDialog.getByRole('heading', { name: /^LI/ })).toBeTruthy()
    expect(inDialog.getByRole('heading', { name: /^WANG/ })).toBeTruthy()
    const table = inDialog.getByRole('table')
    expect(within(table).getByRole('rowheader', { name: 'Completeness of the filing' })).toBeTruthy()
    expect(within(table).getByText('90%')).toBeTruthy()
    expect(inDialog.getByText('Award: LI')).toBeTruthy()
    expect(inDialog.getByText(/Violations to consider recording: WANG: /)).toBeTruthy()
  })

  it('suggests with the core by default (a tie splits under seed 003)', async () => {
    const user = userEvent.setup()
    const tied = {
      ...conflict,
      jointClose: true,
      claims: [
        claim('li', '2026-03-01T09:00:00+08:00', 0.9),
        claim('wang', '2026-03-01T09:00:00+08:00', 0.9),
      ],
    }
    renderWithBaobei(<ConflictDialog open onClose={() => {}} conflict={tied} onResolve={() => {}} />, {
      policy: presets.visitFiling,
    })
    await user.click(screen.getByRole('button', { name: 'Resolve' }))
    expect((screen.getByRole('radio', { name: 'Split' }) as HTMLInputElement).checked).toBe(true)
    expect((screen.getAllByRole('spinbutton') as HTMLInputElement[]).map((s) => s.value)).toEqual([
      '50',
      '50',
    ])
  })

  it('closes on Escape and returns focus to the opener', async () => {
    const { dialog, opener } = await openPage()
    act(() => pressEscape(dialog))
    expect(dialog.open).toBe(false)
    expect(document.activeElement).toBe(opener)
  })

  it('closes with the Close button and returns focus to the opener', async () => {
    const { user, dialog, opener, inDialog } = await openPage()
    await user.click(inDialog.getByRole('button', { name: 'Close' }))
    expect(dialog.open).toBe(false)
    expect(document.activeElement).toBe(opener)
  })

  it('requires a reason before resolving', async () => {
    const { user, inDialog, onResolve } = await openPage()
    await user.click(inDialog.getByRole('button', { name: 'Resolve' }))
    expect(onResolve).not.toHaveBeenCalled()
    expect(inDialog.getByText('A reason is required')).toBeTruthy()
    expect(document.activeElement).toBe(inDialog.getByRole('textbox', { name: /Reason/ }))
  })

  it('awards as suggested with the reason', async () => {
    const { user, inDialog, onResolve } = await openPage()
    await user.type(inDialog.getByRole('textbox', { name: /Reason/ }), 'Filed first')
    await user.click(inDialog.getByRole('button', { name: 'Resolve' }))
    expect(onResolve).toHaveBeenCalledWith({
      resolution: { kind: 'award', claimant: 'li' },
      reason: 'Filed first',
    })
  })

  it('splits with shares that always sum to 100', async () => {
    const { user, inDialog, onResolve } = await openPage()
    await user.click(inDialog.getByRole('radio', { name: 'Split' }))
    const [first, second] = inDialog.getAllByRole('spinbutton') as HTMLInputElement[]
    expect([first?.value, second?.value]).toEqual(['50', '50'])
    await user.clear(first as HTMLInputElement)
    await user.type(first as HTMLInputElement, '70')
    expect(second?.value).toBe('30')
    await user.clear(second as HTMLInputElement)
    await user.type(second as HTMLInputElement, '45')
    expect(first?.value).toBe('55')
    await user.type(inDialog.getByRole('textbox', { name: /Reason/ }), 'Joint close')
    await user.click(inDialog.getByRole('button', { name: 'Resolve' }))
    expect(onResolve).toHaveBeenCalledWith({
      resolution: {
        kind: 'split',
        shares: [
          { claimant: 'li', percent: 55 },
          { claimant: 'wang', percent: 45 },
        ],
      },
      reason: 'Joint close',
    })
  })

  it('with three claimants the last share is the read-only remainder', async () => {
    const three = { ...conflict, claims: [...conflict.claims, claim('zhao', null, 0.2)] }
    const { user, inDialog } = await openPage(vi.fn(), three)
    await user.click(inDialog.getByRole('radio', { name: 'Split' }))
    const shares = inDialog.getAllByRole('spinbutton') as HTMLInputElement[]
    expect(shares.map((s) => s.value)).toEqual(['33', '33', '34'])
    expect(shares[2]?.readOnly).toBe(true)
    await user.clear(shares[0] as HTMLInputElement)
    await user.type(shares[0] as HTMLInputElement, '60')
    expect(shares.map((s) => Number(s.value)).reduce((a, b) => a + b, 0)).toBe(100)
    expect(shares[2]?.value).toBe('7')
  })

  it('pre-fills a suggested split between two of three claimants, 0% for the third', async () => {
    // Seed 003 splits a tie: li and wang tie, zhao has no valid registration.
    const user = userEvent.setup()
    const onResolve = vi.fn()
    const three = {
      ...conflict,
      claims: [
        claim('li', '2026-03-01T09:00:00+08:00', 0.9),
        claim('wang', '2026-03-01T09:00:00+08:00', 0.9),
        claim('zhao', null, 0.2),
      ],
    }
    renderWithBaobei(<ConflictDialog open onClose={() => {}} conflict={three} onResolve={onResolve} />, {
      policy: presets.visitFiling,
    })
    expect(screen.getByText('Split: li 50% / wang 50%')).toBeTruthy()
    expect((screen.getByRole('radio', { name: 'Split' }) as HTMLInputElement).checked).toBe(true)
    const shares = screen.getAllByRole('spinbutton') as HTMLInputElement[]
    expect(shares.map((s) => s.value)).toEqual(['50', '50', '0'])
    fireEvent.change(screen.getByLabelText(/^Customer left at/), { target: { value: '2026-03-01T12:30' } })
    await user.type(screen.getByRole('textbox', { name: /Reason/ }), 'Tied')
    await user.click(screen.getByRole('button', { name: 'Resolve' }))
    expect(onResolve).toHaveBeenCalledWith({
      resolution: {
        kind: 'split',
        shares: [
          { claimant: 'li', percent: 50 },
          { claimant: 'wang', percent: 50 },
        ],
      },
      reason: 'Tied',
      customerLeftAt: '2026-03-01T12:30:00.000+08:00',
    })
  })

  it('keeps shares summing to 100 after editing a pre-filled partial split', async () => {
    const user = userEvent.setup()
    const three = { ...conflict, claims: [...conflict.claims, claim('zhao', null, 0.2)] }
    const partial: ResolutionSuggestion = {
      ...suggestion,
      resolution: {
        kind: 'split',
        shares: [
          { claimant: 'zhao', percent: 40 },
          { claimant: 'li', percent: 60 },
        ],
      },
    }
    renderWithBaobei(
      <ConflictDialog open onClose={() => {}} conflict={three} suggestion={partial} onResolve={() => {}} />,
    )
    const shares = screen.getAllByRole('spinbutton') as HTMLInputElement[]
    // Keyed by claimant, not by position in the suggestion.
    expect(shares.map((s) => s.value)).toEqual(['60', '0', '40'])
    await user.clear(shares[1] as HTMLInputElement)
    await user.type(shares[1] as HTMLInputElement, '30')
    expect(shares.map((s) => Number(s.value))).toEqual([60, 30, 10])
  })

  it('falls back to an even split when the suggested shares do not fit the claimants', async () => {
    const three = { ...conflict, claims: [...conflict.claims, claim('zhao', null, 0.2)] }
    const stranger: ResolutionSuggestion = {
      ...suggestion,
      resolution: {
        kind: 'split',
        shares: [
          { claimant: 'li', percent: 50 },
          { claimant: 'someone-else', percent: 50 },
        ],
      },
    }
    renderWithBaobei(
      <ConflictDialog open onClose={() => {}} conflict={three} suggestion={stranger} onResolve={() => {}} />,
    )
    const shares = screen.getAllByRole('spinbutton') as HTMLInputElement[]
    expect(shares.map((s) => s.value)).toEqual(['33', '33', '34'])
  })

  it('escalates to the next arbitrator role', async () => {
    const { user, inDialog, onResolve } = await openPage()
    await user.click(inDialog.getByRole('radio', { name: 'Escalate' }))
    expect((inDialog.getByRole('combobox', { name: 'Escalate to' }) as HTMLSelectElement).value).toBe(
      'general-manager',
    )
    await user.type(inDialog.getByRole('textbox', { name: /Reason/ }), 'Needs the GM')
    await user.click(inDialog.getByRole('button', { name: 'Resolve' }))
    expect(onResolve).toHaveBeenCalledWith({
      resolution: { kind: 'escalate', to: 'general-manager' },
      reason: 'Needs the GM',
    })
  })
})

describe('ConflictDialog under settleAfterCustomerLeaves (源华: settle after the customer leaves)', () => {
  // autoDealer (seed 002) has no escalation role of its own above the sales manager: give it one.
  const policy: Policy = {
    ...presets.autoDealer,
    conflicts: { ...presets.autoDealer.conflicts, arbitrators: ['sales-manager', 'general-manager'] },
  }
  const leftAtInput = (inDialog: ReturnType<typeof within>) =>
    inDialog.getByLabelText(/^Customer left at/) as HTMLInputElement

  it('asks nothing when the policy settles in front of the customer', async () => {
    const { user, inDialog, onResolve } = await openPage()
    expect(inDialog.queryByLabelText(/Customer left at/)).toBeNull()
    await user.type(inDialog.getByRole('textbox', { name: /Reason/ }), 'Filed first')
    await user.click(inDialog.getByRole('button', { name: 'Resolve' }))
    expect(onResolve).toHaveBeenCalledTimes(1)
    expect(onResolve.mock.calls[0]?.[0]).not.toHaveProperty('customerLeftAt')
  })

  it('requires when the customer left before settling, with an inline error and focus', async () => {
    const { user, inDialog, onResolve } = await openPage(vi.fn(), undefined, { policy })
    const input = leftAtInput(inDialog)
    expect(input.type).toBe('datetime-local')
    expect(input.required).toBe(true)
    expect(inDialog.getByText(/settled only after the customer has left.*Asia\/Shanghai/)).toBeTruthy()
    await user.type(inDialog.getByRole('textbox', { name: /Reason/ }), 'Filed first')
    await user.click(inDialog.getByRole('button', { name: 'Resolve' }))
    expect(onResolve).not.toHaveBeenCalled()
    expect(input.getAttribute('aria-invalid')).toBe('true')
    expect(inDialog.getByText('Enter when the customer left')).toBeTruthy()
    expect(input.getAttribute('aria-describedby')).toContain(
      inDialog.getByText('Enter when the customer left').id,
    )
    expect(document.activeElement).toBe(input)
  })

  it('passes the departure as an instant with the policy zone offset', async () => {
    const { user, inDialog, onResolve } = await openPage(vi.fn(), undefined, { policy })
    fireEvent.change(leftAtInput(inDialog), { target: { value: '2026-03-01T12:30' } })
    await user.type(inDialog.getByRole('textbox', { name: /Reason/ }), 'Filed first')
    await user.click(inDialog.getByRole('button', { name: 'Resolve' }))
    expect(onResolve).toHaveBeenCalledWith({
      resolution: { kind: 'award', claimant: 'li' },
      reason: 'Filed first',
      customerLeftAt: '2026-03-01T12:30:00.000+08:00',
    })
  })

  it('escalates without a departure, and records one when given', async () => {
    const { user, inDialog, onResolve } = await openPage(vi.fn(), undefined, { policy })
    await user.click(inDialog.getByRole('radio', { name: 'Escalate' }))
    expect(leftAtInput(inDialog).required).toBe(false)
    await user.type(inDialog.getByRole('textbox', { name: /Reason/ }), 'Needs the GM')
    await user.click(inDialog.getByRole('button', { name: 'Resolve' }))
    expect(onResolve).toHaveBeenLastCalledWith({
      resolution: { kind: 'escalate', to: 'general-manager' },
      reason: 'Needs the GM',
    })
    fireEvent.change(leftAtInput(inDialog), { target: { value: '2026-03-01T12:30' } })
    await user.click(inDialog.getByRole('button', { name: 'Resolve' }))
    expect(onResolve).toHaveBeenLastCalledWith(
      expect.objectContaining({ customerLeftAt: '2026-03-01T12:30:00.000+08:00' }),
    )
  })

  it('pre-fills a departure already recorded on the conflict, on the policy zone clock', async () => {
    const { user, inDialog, onResolve } = await openPage(vi.fn(), undefined, {
      policy,
      customerLeftAt: '2026-03-01T04:45:00Z',
    })
    expect(leftAtInput(inDialog).value).toBe('2026-03-01T12:45')
    await user.type(inDialog.getByRole('textbox', { name: /Reason/ }), 'Filed first')
    await user.click(inDialog.getByRole('button', { name: 'Resolve' }))
    expect(onResolve).toHaveBeenCalledTimes(1)
    expect(onResolve.mock.calls[0]?.[0]).toHaveProperty('customerLeftAt', '2026-03-01T12:45:00.000+08:00')
  })

  it('labels the field in Chinese', async () => {
    const { inDialog } = await openPage(vi.fn(), undefined, { policy, locale: 'zh-CN' })
    expect(inDialog.getByLabelText(/^客户离开时间/)).toBeTruthy()
  })
})

describe('escalationTargets', () => {
  it('lists the roles above the current arbitrator', () => {
    const roles = ['regional-manager', 'general-manager']
    expect(escalationTargets(roles, null)).toEqual(['general-manager'])
    expect(escalationTargets(roles, 'general-manager')).toEqual([])
    expect(escalationTargets(roles, 'board')).toEqual(roles)
  })
})
