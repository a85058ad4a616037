import { ExpiringList } from '@baobei/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { NO_FLAGS } from './support/fixtures'
import { SideBySide } from './support/SideBySide'

const item = (
  customerId: string,
  name: string,
  at: string,
  status: 'registered-protected' | 'cooperating-warning',
) => ({
  customerId,
  name,
  state: {
    status,
    protectedUntil: at,
    flags: { ...NO_FLAGS, expiringSoon: true },
    nextChange: {
      at,
      status: status === 'registered-protected' ? ('registered-unprotected' as const) : ('released' as const),
      reason: 'window-lapsed',
    },
  },
})

const ITEMS = [
  item('c-020', '广州市白云日化有限公司', '2026-03-15T18:00:00+08:00', 'registered-protected'),
  item('c-021', '佛山美佳超市连锁', '2026-03-16T09:00:00+08:00', 'cooperating-warning'),
  item('c-022', '东莞优品便利店', '2026-03-16T23:30:00+08:00', 'registered-protected'),
  item('c-023', '深圳华润万家采购部', '2026-03-19T10:00:00+08:00', 'cooperating-warning'),
]

const meta = {
  title: 'Components/ExpiringList',
  component: ExpiringList,
  args: { items: ITEMS },
} satisfies Meta<typeof ExpiringList>

export default meta
type Story = StoryObj<typeof meta>

/** Grouped by local day (Asia/Shanghai): 23:30 on the 16th stays on the 16th. */
export const GroupedByDay: Story = {}
export const WithinTwoDays: Story = { args: { horizonDays: 2 } }
export const Empty: Story = { args: { items: [] } }
export const Loading: Story = { args: { status: 'loading' } }
export const LoadError: Story = { args: { status: 'error' } }
export const ZhAndEnSideBySide: Story = {
  name: 'zh-CN and en-US side by side',
  render: (args) => <SideBySide>{() => <ExpiringList {...args} />}</SideBySide>,
}
