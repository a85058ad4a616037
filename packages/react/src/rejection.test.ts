import { decide, presets, REJECTION_CODES } from '@baobei/core'
import { describe, expect, it } from 'vitest'
import { createFormatters } from './format'
import { catalogues } from './messages'
import { describeRejection } from './rejection'

const format = createFormatters('en-US', 'Asia/Shanghai')

describe('describeRejection', () => {
  it('has a message for every rejection code in both locales', () => {
    for (const locale of ['zh-CN', 'en-US'] as const) {
      expect(Object.keys(catalogues[locale].rejection).sort()).toEqual([...REJECTION_CODES].sort())
    }
  })

  it('explains a real protected-by-other rejection with holder and date', () => {
    const policy = presets.dailyChemical
    const profile = { name: '思萨科技', phone: '13800138000', address: '深圳', contact: '张' }
    const first = decide(
      { type: 'register', customerId: 'c-1', claimant: 'li', profile, at: '2026-03-01T10:00:00+08:00' },
      { history: [], policy, now: '2026-03-01T10:00:00+08:00', actor: { id: 'li', roles: ['sales'] } },
    )
    if (!first.ok) throw new Error(first.rejection.code)
    const second = decide(
      { type: 'register', customerId: 'c-1', claimant: 'wang', profile },
      {
        history: first.events,
        policy,
        now: '2026-03-02T10:00:00+08:00',
        actor: { id: 'wang', roles: ['sales'] },
      },
    )
    expect(second.ok).toBe(false)
    if (second.ok) return
    expect(describeRejection(second.rejection, catalogues['en-US'], format, (id) => id.toUpperCase())).toBe(
      'This customer is protected by someone else: Protected by LI until Jun 1, 2026, 10:00 AM',
    )
  })

  it('names the missing fields in the user language', () => {
    const rejection = { code: 'missing-required-fields', message: 'x', fields: ['phone', 'address'] } as const
    expect(
      describeRejection({ ...rejection, fields: [...rejection.fields] }, catalogues['zh-CN'], format),
    ).toBe('缺少必填信息: 联系电话, 地址')
  })
})
