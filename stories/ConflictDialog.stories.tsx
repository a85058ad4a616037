import { presets } from '@baobei/core'
import { ConflictDialog } from '@baobei/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fireEvent, fn, userEvent, waitFor, within } from 'storybook/test'
import { ConflictDialogDemo } from './support/ConflictDialogDemo'
import { collision, duplicateFiling, postSale, quarrel, threeClaimants, tie } from './support/conflicts'
import { claimantLabel } from './support/fixtures'
import { SideBySide } from './support/SideBySide'

const meta = {
  title: 'Components/ConflictDialog',
  component: ConflictDialog,
  args: { conflict: duplicateFiling, onResolve: fn(), claimantLabel, open: false, onClose: fn() },
  render: ({ open: _open, onClose: _onClose, ...args }) => <ConflictDialogDemo {...args} />,
  parameters: { baobei: { policy: presets.visitFiling } },
} satisfies Meta<typeof ConflictDialog>

export default meta
type Story = StoryObj<typeof meta>

/** Opens the dialog from its button, as a user would. */
const openDialog = async (canvasElement: HTMLElement) => {
  const canvas = within(canvasElement)
  await userEvent.click(canvas.getByRole('button', { name: /撞单仲裁|Resolve conflict/ }))
  const dialog = canvasElement.querySelector('dialog')
  await waitFor(() => expect(dialog?.open).toBe(true))
  return within(dialog as HTMLElement)
}

/** Closed: only the opener is on the page. */
export const Closed: Story = {}

export const DuplicateFiling: Story = {
  play: ({ canvasElement }) => openDialog(canvasElement).then(() => {}),
}

export const Collision: Story = {
  args: { conflict: collision },
  play: ({ canvasElement }) => openDialog(canvasElement).then(() => {}),
}

export const PostSale: Story = {
  args: { conflict: postSale },
  play: ({ canvasElement }) => openDialog(canvasElement).then(() => {}),
}

/** A tie (and a joint close) is split 50/50 by the policy; editing one share adjusts the other. */
export const TieSplits: Story = {
  args: { conflict: tie },
  play: async ({ canvasElement }) => {
    const dialog = await openDialog(canvasElement)
    const shares = dialog.getAllByRole('spinbutton')
    await expect(shares).toHaveLength(2)
    await userEvent.clear(shares[0] as HTMLElement)
    await userEvent.type(shares[0] as HTMLElement, '70')
    await waitFor(() => expect((shares[1] as HTMLInputElement).value).toBe('30'))
  },
}

/** 当客户面争吵: both registrations are invalidated. */
export const QuarrelInvalidates: Story = {
  args: { conflict: quarrel },
  play: async ({ canvasElement }) => {
    const dialog = await openDialog(canvasElement)
    await expect(
      dialog.getAllByRole('radio').find((radio) => (radio as HTMLInputElement).checked),
    ).toHaveProperty('value', 'invalidate-all')
  },
}

/** Three claimants: the last share is the remainder (read-only). */
export const ThreeClaimantsSplit: Story = {
  args: { conflict: threeClaimants },
  play: ({ canvasElement }) => openDialog(canvasElement).then(() => {}),
}

/** A policy whose ties escalate to the next arbitrator role. */
export const TieEscalates: Story = {
  args: { conflict: tie },
  parameters: { baobei: { policy: presets.onsiteRealty } },
  play: ({ canvasElement }) => openDialog(canvasElement).then(() => {}),
}

/** The reason is required: resolving without one shows an error and keeps the dialog open. */
export const ReasonRequired: Story = {
  play: async ({ canvasElement, args }) => {
    const dialog = await openDialog(canvasElement)
    await userEvent.click(dialog.getByRole('button', { name: /确认裁定|^Resolve$/ }))
    await waitFor(() => expect(dialog.getByRole('textbox').getAttribute('aria-invalid')).toBe('true'))
    await expect(args.onResolve).not.toHaveBeenCalled()
  },
}

const LEFT_AT = /^(客户离开时间|Customer left at)/
const RESOLVE = /确认裁定|^Resolve$/

/**
 * 源华 (seed 002, autoDealer): a dispute is settled only after the customer has left. Settling without
 * "customer left at" (客户离开时间) shows an inline error and nothing is resolved.
 */
export const CustomerLeftRequired: Story = {
  parameters: { baobei: { policy: presets.autoDealer } },
  play: async ({ canvasElement, args }) => {
    const dialog = await openDialog(canvasElement)
    await userEvent.type(dialog.getByRole('textbox', { name: /裁定理由|Reason/ }), 'Filed first')
    await userEvent.click(dialog.getByRole('button', { name: RESOLVE }))
    await waitFor(() => expect(dialog.getByLabelText(LEFT_AT).getAttribute('aria-invalid')).toBe('true'))
    await expect(args.onResolve).not.toHaveBeenCalled()
  },
}

/** Once the departure is entered, the decision carries it as an instant with the policy zone's offset. */
export const SettledAfterCustomerLeft: Story = {
  parameters: { baobei: { policy: presets.autoDealer } },
  play: async ({ canvasElement, args }) => {
    const dialog = await openDialog(canvasElement)
    await fireEvent.change(dialog.getByLabelText(LEFT_AT), { target: { value: '2026-03-15T09:30' } })
    await userEvent.type(dialog.getByRole('textbox', { name: /裁定理由|Reason/ }), 'Filed first')
    await userEvent.click(dialog.getByRole('button', { name: RESOLVE }))
    await waitFor(() =>
      expect(args.onResolve).toHaveBeenCalledWith(
        expect.objectContaining({ customerLeftAt: '2026-03-15T09:30:00.000+08:00' }),
      ),
    )
  },
}

export const ZhAndEnSideBySide: Story = {
  name: 'zh-CN and en-US side by side',
  render: ({ open: _open, onClose, ...args }) => (
    <SideBySide>{() => <ConflictDialog {...args} open modal={false} onClose={onClose} />}</SideBySide>
  ),
}
