import { STATUSES } from '@baobei/core'
import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { catalogues } from './messages'
import { StatusBadge } from './StatusBadge'
import { renderWithBaobei } from './test/render'

describe('StatusBadge', () => {
  it.each(STATUSES.map((status, i) => [status, i + 1] as const))(
    '%s shows text, number and icon',
    (status, n) => {
      const { container } = renderWithBaobei(<StatusBadge status={status} />, { locale: 'zh-CN' })
      expect(screen.getByText(`${'①②③④⑤⑥'[n - 1]} ${catalogues['zh-CN'].status[status]}`)).toBeTruthy()
      // The glyph is CSS (`.bb-badge__main::before`, masked per status): decorative, no node to hide.
      expect(container.querySelector(`.bb-badge--${status} > .bb-badge__main`)).not.toBeNull()
      expect(container.querySelector('svg, img')).toBeNull()
    },
  )

  it('uses the seed labels exactly', () => {
    expect(Object.values(catalogues['zh-CN'].status)).toEqual([
      '未登记潜在客户',
      '已登记未合作,无客户保护',
      '正合作有客户保护',
      '正合作客户保护释放预警',
      '曾合作无客户保护完全释放',
      '已登记未合作有客户保护',
    ])
  })

  it('shows the time left until protectedUntil, relative to the provider now', () => {
    renderWithBaobei(<StatusBadge status="registered-protected" protectedUntil="2026-03-27T10:00:00+08:00" />)
    const time = screen.getByText('12 days left')
    expect(time.tagName).toBe('TIME')
    expect(time.getAttribute('datetime')).toBe('2026-03-27T10:00:00+08:00')
  })

  it('says expired once the end has passed', () => {
    renderWithBaobei(<StatusBadge status="registered-protected" protectedUntil="2026-03-15T10:00:00+08:00" />)
    expect(screen.getByText('Expired')).toBeTruthy()
  })

  it('reads status, time and flags from a derived state', () => {
    renderWithBaobei(
      <StatusBadge
        state={{
          status: 'cooperating-warning',
          protectedUntil: '2026-03-15T15:30:00+08:00',
          flags: {
            pendingApproval: true,
            locked: false,
            inConflict: true,
            expiringSoon: true,
            inPool: false,
          },
        }}
      />,
    )
    expect(screen.getByText('④ Cooperating – release warning')).toBeTruthy()
    expect(screen.getByText('5 h left')).toBeTruthy()
    expect(screen.getByText('Pending approval')).toBeTruthy()
    expect(screen.getByText('In conflict')).toBeTruthy()
    expect(screen.getByText('Expiring soon')).toBeTruthy()
    expect(screen.queryByText('Locked')).toBeNull()
  })

  it('accepts a className and message overrides', () => {
    const { container } = renderWithBaobei(<StatusBadge status="released" className="host" />, {
      messages: { status: { released: 'Free for all' } },
    })
    expect(container.querySelector('.bb-badge.host')).not.toBeNull()
    expect(screen.getByText('⑤ Free for all')).toBeTruthy()
  })
})
