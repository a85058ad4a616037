import { CustomerTimeline } from '@baobei/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { HISTORY } from './support/events'
import { claimantLabel } from './support/fixtures'
import { SideBySide } from './support/SideBySide'

const meta = {
  title: 'Components/CustomerTimeline',
  component: CustomerTimeline,
  args: { events: HISTORY, claimantLabel },
} satisfies Meta<typeof CustomerTimeline>

export default meta
type Story = StoryObj<typeof meta>

export const NewestFirst: Story = {}
export const OldestFirst: Story = { args: { order: 'oldest-first' } }
export const Empty: Story = { args: { events: [] } }
export const Loading: Story = { args: { status: 'loading' } }
export const LoadError: Story = { args: { status: 'error' } }
/** An event type the kit does not know is shown by its code, never dropped. */
export const UnknownEvent: Story = {
  args: {
    events: [
      {
        id: 'c-001:9',
        type: 'custom-note-added',
        at: '2026-03-01T09:00:00+08:00',
        actor: 'rep-li',
        note: '<b>not HTML</b>',
      },
    ],
  },
}
export const ZhAndEnSideBySide: Story = {
  name: 'zh-CN and en-US side by side',
  render: (args) => <SideBySide>{() => <CustomerTimeline {...args} />}</SideBySide>,
}
