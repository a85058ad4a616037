import { StatusBadge } from '@baobei/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect } from 'storybook/test'
import { ALL_STATUSES, NO_FLAGS, sampleProtectedUntil } from './support/fixtures'
import { SideBySide } from './support/SideBySide'

const meta = {
  title: 'Components/StatusBadge',
  component: StatusBadge,
  args: { status: 'registered-protected', protectedUntil: '2026-04-27T09:30:00+08:00' },
} satisfies Meta<typeof StatusBadge>

export default meta
type Story = StoryObj<typeof meta>

export const Default: Story = {}

/**
 * The six statuses ①–⑥ of seed 000, each with colour, icon, number, text and time left.
 * The icon is CSS (a per-status mask on `::before`), so the play function checks in the browser
 * that every status draws a glyph of its own: the status never rests on colour alone.
 */
export const AllStatuses: Story = {
  tags: ['browser-only'],
  play: async ({ canvasElement }) => {
    const glyphs = [...canvasElement.querySelectorAll('.bb-badge__main')].map((main) => {
      const before = getComputedStyle(main, '::before')
      return {
        mask: before.maskImage || before.getPropertyValue('-webkit-mask-image'),
        room: before.paddingInlineStart,
      }
    })
    await expect(glyphs).toHaveLength(ALL_STATUSES.length)
    for (const glyph of glyphs) {
      await expect(glyph.mask).toMatch(/^url\(/)
      await expect(Number.parseFloat(glyph.room)).toBeGreaterThan(0)
    }
    await expect(new Set(glyphs.map((glyph) => glyph.mask)).size).toBe(ALL_STATUSES.length)
  },
  render: () => (
    <ul style={{ display: 'grid', gap: '0.75rem', listStyle: 'none', padding: 0 }}>
      {ALL_STATUSES.map((status) => (
        <li key={status}>
          <StatusBadge status={status} protectedUntil={sampleProtectedUntil(status)} />
        </li>
      ))}
    </ul>
  ),
}

export const Prospect: Story = { args: { status: 'prospect', protectedUntil: null } }
export const RegisteredUnprotected: Story = {
  args: { status: 'registered-unprotected', protectedUntil: null },
}
export const CooperatingProtected: Story = {
  args: { status: 'cooperating-protected', protectedUntil: '2026-06-02T00:00:00+08:00' },
}
export const CooperatingWarning: Story = {
  args: { status: 'cooperating-warning', protectedUntil: '2026-03-18T16:00:00+08:00' },
}
export const Released: Story = { args: { status: 'released', protectedUntil: null } }
export const RegisteredProtected: Story = {
  args: { status: 'registered-protected', protectedUntil: '2026-04-27T09:30:00+08:00' },
}
/** Under an hour left: the countdown switches to minutes. */
export const MinutesLeft: Story = {
  args: { status: 'registered-protected', protectedUntil: '2026-03-15T10:42:00+08:00' },
}

/** Every flag on every status: pending approval, locked, in conflict, expiring soon, in pool. */
export const WithFlags: Story = {
  render: () => (
    <ul style={{ display: 'grid', gap: '0.75rem', listStyle: 'none', padding: 0 }}>
      {ALL_STATUSES.map((status) => (
        <li key={status}>
          <StatusBadge
            state={{
              status,
              protectedUntil: sampleProtectedUntil(status),
              flags: {
                pendingApproval: status === 'registered-protected',
                locked: status === 'cooperating-protected' || status === 'cooperating-warning',
                inConflict: status === 'registered-protected' || status === 'cooperating-protected',
                expiringSoon: status === 'cooperating-warning',
                inPool: status === 'released',
              },
            }}
          />
        </li>
      ))}
    </ul>
  ),
}

export const EachFlag: Story = {
  render: () => (
    <ul style={{ display: 'grid', gap: '0.75rem', listStyle: 'none', padding: 0 }}>
      {(Object.keys(NO_FLAGS) as (keyof typeof NO_FLAGS)[]).map((flag) => (
        <li key={flag}>
          <StatusBadge
            state={{
              status: flag === 'inPool' ? 'released' : 'registered-protected',
              protectedUntil: flag === 'inPool' ? null : '2026-03-17T10:00:00+08:00',
              flags: { ...NO_FLAGS, [flag]: true },
            }}
          />
        </li>
      ))}
    </ul>
  ),
}

export const ZhAndEnSideBySide: Story = {
  name: 'zh-CN and en-US side by side',
  render: () => (
    <SideBySide>
      {() => (
        <div style={{ display: 'grid', gap: '0.5rem' }}>
          {ALL_STATUSES.map((status) => (
            <StatusBadge
              key={status}
              status={status}
              protectedUntil={sampleProtectedUntil(status)}
              flags={{ expiringSoon: status === 'cooperating-warning' }}
            />
          ))}
        </div>
      )}
    </SideBySide>
  ),
}
