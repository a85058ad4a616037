import { BaobeiProvider, StatusBadge, useBaobei } from '@baobei/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { SideBySide } from './support/SideBySide'

/** What the provider gives its children, shown as text. */
function ProviderFacts() {
  const { policy, locale, now, format } = useBaobei()
  return (
    <dl className="bb-facts">
      <dt>policy</dt>
      <dd>{policy.name}</dd>
      <dt>locale</dt>
      <dd>{locale}</dd>
      <dt>now</dt>
      <dd>
        <time dateTime={now}>{format.dateTime(now)}</time> ({policy.timeZone})
      </dd>
    </dl>
  )
}

const meta = {
  title: 'Components/BaobeiProvider',
  component: ProviderFacts,
} satisfies Meta<typeof ProviderFacts>

export default meta
type Story = StoryObj<typeof meta>

export const Default: Story = {}

/** A host renames a status and a flag through `messages`; everything else keeps the catalogue. */
export const MessageOverrides: Story = {
  render: () => {
    const { policy, now, locale, theme } = useBaobei()
    return (
      <BaobeiProvider
        policy={policy}
        now={now}
        locale={locale}
        theme={theme}
        messages={{
          status: { released: locale === 'zh-CN' ? '公海客户' : 'Free for all' },
          flags: { inPool: 'Pool' },
        }}
      >
        <StatusBadge status="released" flags={{ inPool: true }} />
      </BaobeiProvider>
    )
  },
}

export const ZhAndEnSideBySide: Story = {
  name: 'zh-CN and en-US side by side',
  render: () => <SideBySide>{() => <ProviderFacts />}</SideBySide>,
}
