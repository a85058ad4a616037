import { createCustomerIndex, definePolicy, presets } from '@baobei/core'
import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import type { RegistrationVerdict } from './core'
import { RegistrationForm } from './RegistrationForm'
import { renderWithBaobei } from './test/render'
import type { ScreeningLookup } from './useRegistrationScreen'

const VALID_USCC = '914403001922038216'
const blocked: RegistrationVerdict = {
  verdict: 'blocked',
  matches: [{ customerId: 'c-1', score: 0.98, reasons: ['uscc'], strength: 'certain' }],
  customerId: 'c-1',
  holder: {
    claimant: 'rep-wang',
    protectedUntil: '2026-04-27T09:30:00+08:00',
    status: 'registered-protected',
  },
}
const answer =
  (verdict: RegistrationVerdict): ScreeningLookup =>
  () =>
    Promise.resolve(verdict)

describe('RegistrationForm fields', () => {
  it('marks the policy required fields with aria-required and a visible marker', () => {
    const policy = definePolicy({ registration: { requiredFields: ['name', 'phone', 'grade'] } })
    renderWithBaobei(<RegistrationForm onSubmit={() => {}} />, { policy })
    const phone = screen.getByLabelText(/Phone/)
    expect(phone.getAttribute('aria-required')).toBe('true')
    expect(screen.getByLabelText(/Contact person/).getAttribute('aria-required')).toBe('false')
    // A required field outside the defaults is added to the form.
    expect(screen.getByLabelText(/Grade/).getAttribute('aria-required')).toBe('true')
    expect(phone.closest('.bb-field')?.querySelector('.bb-required')?.textContent).toBe('*')
  })

  it('offers the core channels with localised labels and the host regions', () => {
    renderWithBaobei(<RegistrationForm onSubmit={() => {}} regions={[{ value: 'south', label: '华南' }]} />, {
      locale: 'zh-CN',
    })
    expect(screen.getByRole('option', { name: '商超渠道代理' })).toBeTruthy()
    expect(screen.getByRole('option', { name: '华南' })).toBeTruthy()
  })
})

describe('RegistrationForm validation', () => {
  it('checks the USCC as it is typed, in the chosen language', async () => {
    const user = userEvent.setup()
    renderWithBaobei(<RegistrationForm onSubmit={() => {}} />, { locale: 'zh-CN' })
    const uscc = screen.getByLabelText(/统一社会信用代码/)
    await user.type(uscc, '91440300MA5F00000')
    expect(uscc.getAttribute('aria-invalid')).toBeNull()
    await user.type(uscc, '0')
    expect(uscc.getAttribute('aria-invalid')).toBe('true')
    expect(screen.getByText('校验位不正确')).toBeTruthy()
    await user.clear(uscc)
    await user.type(uscc, VALID_USCC)
    expect(uscc.getAttribute('aria-invalid')).toBeNull()
    expect(screen.getByText('代码有效')).toBeTruthy()
  })

  it('checks the phone as typed and says what kind it is', async () => {
    const user = userEvent.setup()
    renderWithBaobei(<RegistrationForm onSubmit={() => {}} />)
    const phone = screen.getByLabelText(/Phone/)
    await user.type(phone, '(0755) 8888-6666')
    expect(screen.getByText('Valid landline')).toBeTruthy()
    await user.clear(phone)
    await user.type(phone, '123 4567 8901')
    expect(phone.getAttribute('aria-invalid')).toBe('true')
  })

  it('refuses an incomplete filing, shows every error and focuses the first', async () => {
    const user = userEvent.setup()
    const onSubmit = vi.fn()
    const policy = definePolicy({ registration: { requiredFields: ['name', 'phone'] } })
    renderWithBaobei(<RegistrationForm onSubmit={onSubmit} />, { policy })
    await user.click(screen.getByRole('button', { name: 'Register' }))
    expect(onSubmit).not.toHaveBeenCalled()
    expect(screen.getAllByText('This field is required')).toHaveLength(2)
    expect(document.activeElement).toBe(screen.getByLabelText(/Customer name/))
  })

  it('submits the trimmed profile without empty fields', async () => {
    const user = userEvent.setup()
    const onSubmit = vi.fn()
    renderWithBaobei(<RegistrationForm onSubmit={onSubmit} regions={['south', 'east']} />, {
      policy: definePolicy({}),
    })
    await user.type(screen.getByLabelText(/Customer name/), '  深圳市思萨科技股份有限公司 ')
    await user.type(screen.getByLabelText(/Phone/), '13800138000')
    await user.selectOptions(screen.getByLabelText(/Channel/), 'e-commerce')
    await user.selectOptions(screen.getByLabelText(/Region/), 'east')
    await user.click(screen.getByRole('button', { name: 'Register' }))
    expect(onSubmit).toHaveBeenCalledWith(
      { name: '深圳市思萨科技股份有限公司', phone: '13800138000', channel: 'e-commerce', region: 'east' },
      null,
    )
  })

  it('works controlled: shows `value` and reports every change', async () => {
    const user = userEvent.setup()
    const onChange = vi.fn()
    renderWithBaobei(<RegistrationForm onSubmit={() => {}} value={{ name: 'ABC' }} onChange={onChange} />)
    const name = screen.getByLabelText(/Customer name/) as HTMLInputElement
    await user.type(name, 'D')
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ name: 'ABCD' }))
    // Controlled: the host did not accept the change, so the field keeps its value.
    expect(name.value).toBe('ABC')
  })
})

describe('RegistrationForm screening', () => {
  it('debounces: one lookup for the final text', async () => {
    const user = userEvent.setup()
    const lookup = vi.fn(answer({ verdict: 'new', matches: [] }))
    renderWithBaobei(<RegistrationForm onSubmit={() => {}} lookup={lookup} debounceMs={150} />)
    await user.type(screen.getByLabelText(/Customer name/), '思萨科技')
    await waitFor(() => expect(screen.getByText('New customer: no duplicate found')).toBeTruthy())
    expect(lookup).toHaveBeenCalledTimes(1)
    expect(lookup.mock.calls[0]?.[0]).toEqual({ name: '思萨科技' })
  })

  it('does not restart when the host re-renders with a new inline lookup', async () => {
    const calls = vi.fn()
    const ui = () => (
      <RegistrationForm
        onSubmit={() => {}}
        lookup={async (candidate) => {
          calls(candidate)
          return { verdict: 'new', matches: [] }
        }}
        debounceMs={0}
        defaultValues={{ name: '思萨科技' }}
        actor={{ id: 'rep-li', roles: ['sales'] }}
      />
    )
    const { rerender } = renderWithBaobei(ui())
    await screen.findByText('New customer: no duplicate found')
    rerender(ui())
    rerender(ui())
    await new Promise((resolve) => setTimeout(resolve, 30))
    expect(calls).toHaveBeenCalledTimes(1)
  })

  it('shows who holds a blocked customer and until when, and disables submit', async () => {
    const onSubmit = vi.fn()
    renderWithBaobei(
      <RegistrationForm
        onSubmit={onSubmit}
        lookup={answer(blocked)}
        debounceMs={0}
        defaultValues={{ name: '思萨科技', uscc: VALID_USCC }}
        claimantLabel={(id) => (id === 'rep-wang' ? 'Wang Fang' : id)}
      />,
    )
    const status = await screen.findByText(/Protected by Wang Fang until/)
    expect(status.textContent).toContain('Apr 27, 2026')
    expect(status.closest('[aria-live="polite"]')).not.toBeNull()
    expect((screen.getByRole('button', { name: 'Register' }) as HTMLButtonElement).disabled).toBe(true)
  })

  it('cancels the running lookup when the candidate changes', async () => {
    const user = userEvent.setup()
    const signals: AbortSignal[] = []
    const lookup: ScreeningLookup = (_candidate, { signal }) => {
      signals.push(signal)
      return new Promise(() => {})
    }
    renderWithBaobei(
      <RegistrationForm
        onSubmit={() => {}}
        lookup={lookup}
        debounceMs={0}
        defaultValues={{ name: '思萨' }}
      />,
    )
    await waitFor(() => expect(signals).toHaveLength(1))
    expect(screen.getByText('Checking for duplicates…')).toBeTruthy()
    await user.type(screen.getByLabelText(/Customer name/), '科')
    await waitFor(() => expect(signals).toHaveLength(2))
    expect(signals[0]?.aborted).toBe(true)
    expect(signals[1]?.aborted).toBe(false)
  })

  it('reports a failed lookup and retries on request', async () => {
    const user = userEvent.setup()
    const lookup = vi
      .fn<ScreeningLookup>()
      .mockRejectedValueOnce(new Error('503'))
      .mockResolvedValueOnce({ verdict: 'new', matches: [] })
    renderWithBaobei(
      <RegistrationForm
        onSubmit={() => {}}
        lookup={lookup}
        debounceMs={0}
        defaultValues={{ name: '思萨' }}
      />,
    )
    await user.click(await screen.findByRole('button', { name: 'Retry' }))
    expect(await screen.findByText('New customer: no duplicate found')).toBeTruthy()
    expect(lookup).toHaveBeenCalledTimes(2)
  })

  it('runs the core checkRegistration on the index and states the host returns', async () => {
    const index = createCustomerIndex()
    index.add('c-1', { name: '深圳市思萨科技股份有限公司', uscc: VALID_USCC })
    const stateOf = () => ({
      status: 'registered-protected' as const,
      owner: 'rep-li',
      protectedUntil: '2026-05-01T00:00:00+08:00',
    })
    renderWithBaobei(
      <RegistrationForm
        onSubmit={() => {}}
        lookup={async () => ({ index, stateOf })}
        debounceMs={0}
        defaultValues={{ name: '思萨科技(深圳)有限公司' }}
      />,
      { actor: { id: 'rep-li', roles: ['sales'] } },
    )
    expect(await screen.findByText('You have already registered this customer')).toBeTruthy()
  })
})

describe('RegistrationForm hints', () => {
  it('warns outside the submission window and shows the daily count', () => {
    renderWithBaobei(
      <RegistrationForm onSubmit={() => {}} kind="pre-registration" ledger={{ filedToday: 3 }} />,
      { policy: presets.distributorRealty },
    )
    expect(screen.getByText('Outside the registration window (18:00–21:00)')).toBeTruthy()
    expect(screen.getByText('Registered today: 3 of 10000')).toBeTruthy()
  })
})
