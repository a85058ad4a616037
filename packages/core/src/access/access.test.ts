import { describe, expect, it } from 'vitest'
import { deriveState, EventSchema } from '../lifecycle/index'
import type { Actor } from '../model/index'
import { definePolicy, presets } from '../policy/index'
import { maskPhone } from './mask-phone'
import { viewOf } from './view-of'

describe('maskPhone', () => {
  it.each([
    ['13333333333', '133****3333'],
    ['+86 139 1234 5678', '139****5678'],
    ['0755-88886666', '0755-****6666'],
    ['(010) 62345678', '010-****5678'],
    ['400-820-8820', '****8820'],
    ['12', '****'],
    [null, '****'],
  ])('masks %j as %s', (raw, masked) => {
    expect(maskPhone(raw)).toBe(masked)
  })
})

describe('viewOf', () => {
  const policy = presets.dailyChemical
  const NOW = '2026-03-10T09:00:00+08:00'
  const history = [
    EventSchema.parse({
      type: 'registered',
      id: 'c1:0',
      customerId: 'c1',
      actor: 'rep-1',
      scope: 'company',
      at: '2026-03-01T09:00:00+08:00',
      claimant: 'rep-1',
      kind: 'company',
      profile: {
        name: '深圳市思萨科技股份有限公司',
        phone: '13333333333',
        phones: ['0755-88886666'],
        region: 'south',
      },
      until: '2026-06-01T09:00:00+08:00',
      expiringFrom: '2026-05-25T09:00:00+08:00',
    }),
  ]
  const state = deriveState(history, policy, NOW)
  const rep = (id: string, extra: Partial<Actor> = {}): Actor => ({ id, roles: ['sales'], ...extra })

  it('shows the owner the full file', () => {
    expect(viewOf(state, rep('rep-1'), policy, NOW)).toMatchObject({
      access: 'full',
      reason: 'owner',
      profile: { phone: '13333333333' },
      audit: { viewer: 'rep-1', customerId: 'c1', at: NOW, access: 'full' },
    })
  })

  it('shows others who holds the customer and until when, with masked contacts', () => {
    expect(viewOf(state, rep('rep-2'), policy, NOW)).toEqual({
      access: 'limited',
      heldBy: 'rep-1',
      until: state.protectedUntil,
      status: 'registered-protected',
      name: '深圳市思萨科技股份有限公司',
      contacts: { phone: '133****3333', phones: ['0755-****6666'] },
      audit: { viewer: 'rep-2', customerId: 'c1', at: NOW, access: 'limited' },
    })
  })

  it('shows managers their own region only', () => {
    expect(viewOf(state, { id: 'm', roles: ['manager'], region: 'south' }, policy, NOW).access).toBe('full')
    expect(viewOf(state, { id: 'm', roles: ['manager'], region: 'north' }, policy, NOW).access).toBe(
      'limited',
    )
  })

  it('honours a grant only while it is live', () => {
    const grants = [
      {
        viewer: 'rep-2',
        customerId: 'c1',
        from: '2026-03-10T08:00:00+08:00',
        until: '2026-03-11T08:00:00+08:00',
      },
    ]
    expect(viewOf(state, rep('rep-2'), policy, NOW, grants)).toMatchObject({
      access: 'full',
      reason: 'grant',
    })
    expect(viewOf(state, rep('rep-2'), policy, '2026-03-11T08:00:00+08:00', grants).access).toBe('limited')
    expect(viewOf(state, rep('rep-3'), policy, NOW, grants).access).toBe('limited')
  })

  it('leaves contacts unmasked when the policy does not mask them', () => {
    const open = definePolicy({ confidentiality: { maskContacts: false } })
    expect(viewOf(state, rep('rep-2'), open, NOW)).toMatchObject({ contacts: { phone: '13333333333' } })
  })
})
