import { ApprovalQueue } from '@baobei/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, waitFor, within } from 'storybook/test'
import { claimantLabel } from './support/fixtures'
import { SideBySide } from './support/SideBySide'

const ITEMS = [
  {
    customerId: 'c-010',
    claimant: 'rep-li',
    submittedAt: '2026-03-15T08:40:00+08:00',
    profile: { name: '苏州精工数控设备有限公司', project: '五轴加工中心采购' },
  },
  {
    customerId: 'c-011',
    claimant: 'rep-chen',
    submittedAt: '2026-03-15T09:05:00+08:00',
    profile: { name: '无锡华鑫机械制造有限公司' },
  },
]

const meta = {
  title: 'Components/ApprovalQueue',
  component: ApprovalQueue,
  args: { items: ITEMS, onApprove: fn(), onReject: fn(), claimantLabel },
} satisfies Meta<typeof ApprovalQueue>

export default meta
type Story = StoryObj<typeof meta>

export const Pending: Story = {}
export const Empty: Story = { args: { items: [] } }
export const Loading: Story = { args: { status: 'loading' } }
export const LoadError: Story = { args: { status: 'error' } }

/** Rejecting asks for a reason; confirming without one shows an error. */
export const RejectNeedsReason: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    await userEvent.click(canvas.getAllByRole('button', { name: /驳回|Reject/ })[0] as HTMLElement)
    await userEvent.click(canvas.getByRole('button', { name: /确认驳回|Confirm rejection/ }))
    await waitFor(() => expect(canvas.getByRole('textbox').getAttribute('aria-invalid')).toBe('true'))
    await expect(args.onReject).not.toHaveBeenCalled()
  },
}

export const ZhAndEnSideBySide: Story = {
  name: 'zh-CN and en-US side by side',
  render: (args) => <SideBySide>{() => <ApprovalQueue {...args} />}</SideBySide>,
}
