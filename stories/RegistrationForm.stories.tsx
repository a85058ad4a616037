import { presets } from '@baobei/core'
import { RegistrationForm } from '@baobei/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, waitFor, within } from 'storybook/test'
import { BAD_USCC, CUSTOMERS, claimantLabel, VALID_USCC } from './support/fixtures'
import { answering, failing, neverAnswering, registryLookup, VERDICTS } from './support/lookups'
import { RhfRegistration } from './support/RhfRegistration'
import { SideBySide } from './support/SideBySide'

const REGIONS = [
  { value: 'south', label: '华南 South' },
  { value: 'east', label: '华东 East' },
  { value: 'north', label: '华北 North' },
]

const FILLED = {
  name: '深圳市思萨科技股份有限公司',
  uscc: VALID_USCC,
  phone: '0755-8888 6666',
  contact: '张伟',
  address: '深圳市南山区科技园 1 号',
  channel: 'cs-agent',
  region: 'south',
}

const meta = {
  title: 'Components/RegistrationForm',
  component: RegistrationForm,
  args: {
    onSubmit: fn(),
    regions: REGIONS,
    claimantLabel,
    matchLabel: (match) => CUSTOMERS[match.customerId] ?? match.customerId,
    debounceMs: 50,
  },
  parameters: { baobei: { actor: { id: 'rep-li', roles: ['sales'] } } },
} satisfies Meta<typeof RegistrationForm>

export default meta
type Story = StoryObj<typeof meta>

/** Waits until the screening box shows `verdict`. */
const verdictShown = (canvasElement: HTMLElement, verdict: string) =>
  waitFor(() => expect(canvasElement.querySelector(`.bb-screening--${verdict}`)).not.toBeNull(), {
    timeout: 3000,
  })

export const Empty: Story = { args: { lookup: answering(VERDICTS.new) } }

export const Filled: Story = { args: { defaultValues: FILLED } }

/** Submitting an empty form shows the localised required-field messages. */
export const ValidationErrors: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    await userEvent.click(canvas.getByRole('button', { name: /提交报备|Register/ }))
    await waitFor(() =>
      expect(canvasElement.querySelectorAll('[aria-invalid="true"]').length).toBeGreaterThan(0),
    )
    await expect(args.onSubmit).not.toHaveBeenCalled()
  },
}

/** USCC and phone are checked as the user types: a wrong check character, a short phone. */
export const InvalidUsccAndPhone: Story = {
  args: { defaultValues: { ...FILLED, uscc: BAD_USCC, phone: '138 1234 567' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const phone = canvas.getByRole('textbox', { name: /联系电话|Phone/ })
    await userEvent.click(phone)
    await userEvent.tab()
    await waitFor(() => expect(phone.getAttribute('aria-invalid')).toBe('true'))
  },
}

export const VerdictNew: Story = {
  args: { defaultValues: FILLED, lookup: answering(VERDICTS.new) },
  play: ({ canvasElement }) => verdictShown(canvasElement, 'new'),
}

export const VerdictYours: Story = {
  args: { defaultValues: FILLED, lookup: answering(VERDICTS.yours) },
  play: ({ canvasElement }) => verdictShown(canvasElement, 'yours'),
}

/** Protected by another claimant: who and until when, and submission is disabled. */
export const VerdictBlocked: Story = {
  args: { defaultValues: FILLED, lookup: answering(VERDICTS.blocked) },
  play: async ({ canvasElement }) => {
    await verdictShown(canvasElement, 'blocked')
    const submit = within(canvasElement).getByRole('button', { name: /提交报备|Register/ })
    await expect(submit).toBeDisabled()
  },
}

export const VerdictOpen: Story = {
  args: { defaultValues: { ...FILLED, name: '广州市白云日化有限公司' }, lookup: answering(VERDICTS.open) },
  play: ({ canvasElement }) => verdictShown(canvasElement, 'open'),
}

export const VerdictReview: Story = {
  args: { defaultValues: { ...FILLED, name: '思萨科技', uscc: '' }, lookup: answering(VERDICTS.review) },
  play: ({ canvasElement }) => verdictShown(canvasElement, 'review'),
}

/**
 * Typing a name starts the (debounced) screening against a small registry with the core's real
 * matching: 思萨科技(深圳)有限公司 is the same company as 深圳市思萨科技股份有限公司, held by Wang Fang.
 */
export const TypingScreens: Story = {
  args: { lookup: registryLookup() },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.type(
      canvas.getByRole('textbox', { name: /客户名称|Customer name/ }),
      '思萨科技(深圳)有限公司',
    )
    await verdictShown(canvasElement, 'blocked')
  },
}

export const ScreeningLoading: Story = {
  args: { defaultValues: FILLED, lookup: neverAnswering },
  play: ({ canvasElement }) => verdictShown(canvasElement, 'loading'),
}

export const ScreeningError: Story = {
  args: { defaultValues: FILLED, lookup: failing },
  play: ({ canvasElement }) => verdictShown(canvasElement, 'error'),
}

/** 正盛: pre-registrations are accepted 18:00–21:00 only; name and phone are required. */
export const SubmissionWindowAndQuota: Story = {
  args: {
    kind: 'pre-registration',
    ledger: { filedToday: 12, activeProtected: 40 },
    lookup: answering(VERDICTS.new),
  },
  parameters: { baobei: { policy: presets.distributorRealty } },
}

/** The headless hooks with react-hook-form inputs (no <RegistrationForm>): validation and screening. */
export const WithReactHookForm: Story = {
  render: (args) => <RhfRegistration lookup={registryLookup()} onSubmit={args.onSubmit} />,
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    await userEvent.click(canvas.getByRole('button', { name: /提交报备|Register/ }))
    await waitFor(() =>
      expect(canvasElement.querySelectorAll('[aria-invalid="true"]').length).toBeGreaterThan(0),
    )
    await userEvent.type(canvas.getByRole('textbox', { name: /客户名称|Customer name/ }), '白云日化')
    await verdictShown(canvasElement, 'yours')
    await expect(args.onSubmit).not.toHaveBeenCalled()
  },
}

export const ZhAndEnSideBySide: Story = {
  name: 'zh-CN and en-US side by side',
  args: { defaultValues: FILLED, lookup: answering(VERDICTS.blocked) },
  render: (args) => <SideBySide>{() => <RegistrationForm {...args} />}</SideBySide>,
}
