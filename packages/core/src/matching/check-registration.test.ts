import { describe, expect, it } from 'vitest'
import { deriveState, EventSchema } from '../lifecycle/index'
import type { Actor } from '../model/index'
import { definePolicy, presets } from '../policy/index'
import { checkRegistration, type ScreenedState } from './check-registration'
import { createCustomerIndex } from './customer-index'

const NOW = '2026-03-01T09:00:00+08:00'
const rep1: Actor = { id: 'rep-1', roles: ['sales'] }
const rep2: Actor = { id: 'rep-2', roles: ['sales'] }

const index = createCustomerIndex()
index.add('sisa', { name: '深圳市思萨科技股份有限公司', phone: '13333333333' })
index.add('yali', { name: '佛山市雅丽洁日用品有限公司' })

const protectedBy = (owner: string, until = '2026-05-01T09:00:00+08:00'): ScreenedState => ({
  status: 'registered-protected',
  owner,
  protectedUntil: until,
  scope: 'company',
  scopes: { company: { status: 'registered-protected', owner, protectedUntil: until, pending: [] } },
})

function check(name: string, actor: Actor, state: ScreenedState | undefined, policy = presets.dailyChemical) {
  return checkRegistration({ name }, { index, stateOf: () => state, policy, now: NOW, actor })
}

describe('checkRegistration', () => {
  it('is new when nothing matches', () => {
    expect(check('杭州清芬日化有限公司', rep2, undefined)).toEqual({ verdict: 'new', matches: [] })
  })

  it('blocks a customer protected by another claimant, saying who and until when', () => {
    const result = check('思萨科技(深圳)有限公司', rep2, protectedBy('rep-1'))
    expect(result).toMatchObject({
      verdict: 'blocked',
      customerId: 'sisa',
      holder: {
        claimant: 'rep-1',
        protectedUntil: '2026-05-01T09:00:00+08:00',
        status: 'registered-protected',
      },
    })
    expect(result.matches[0]?.customerId).toBe('sisa')
  })

  it('says yours to the holder', () => {
    expect(check('深圳思萨科技', rep1, protectedBy('rep-1')).verdict).toBe('yours')
  })

  it('is open when the protection has ended, even if the state was derived earlier', () => {
    expect(check('深圳思萨科技', rep2, protectedBy('rep-1', '2026-02-01T00:00:00+08:00')).verdict).toBe(
      'open',
    )
    const lapsed: ScreenedState = {
      status: 'registered-unprotected',
      owner: 'rep-1',
      protectedUntil: null,
      scopes: { company: { status: 'registered-unprotected', owner: 'rep-1', protectedUntil: null } },
    }
    expect(check('深圳思萨科技', rep2, lapsed)).toMatchObject({
      verdict: 'open',
      holder: { claimant: 'rep-1', status: 'registered-unprotected' },
    })
    const pool: ScreenedState = { status: 'released', owner: null, protectedUntil: null, scopes: {} }
    expect(check('深圳思萨科技', rep2, pool)).toEqual(
      expect.objectContaining({ verdict: 'open', customerId: 'sisa' }),
    )
  })

  it('refuses to screen at a malformed instant rather than call a held customer open', () => {
    expect(() =>
      checkRegistration(
        { name: '深圳思萨科技' },
        {
          index,
          stateOf: () => protectedBy('rep-1'),
          policy: presets.dailyChemical,
          now: 'soon',
          actor: rep2,
        },
      ),
    ).toThrow(RangeError)
  })

  it('is open when the host knows nothing about the matched customer', () => {
    expect(check('深圳思萨科技', rep2, undefined).verdict).toBe('open')
  })

  it('blocks behind an earlier filing pending approval', () => {
    const pending: ScreenedState = {
      status: 'prospect',
      owner: null,
      protectedUntil: null,
      scopes: {
        company: {
          status: 'prospect',
          owner: null,
          protectedUntil: null,
          pending: [{ claimant: 'rep-1', submittedAt: '2026-02-28T10:00:00+08:00' }],
        },
      },
    }
    expect(check('深圳思萨科技', rep2, pending)).toMatchObject({
      verdict: 'blocked',
      holder: { claimant: 'rep-1', protectedUntil: null },
    })
    expect(check('深圳思萨科技', rep1, pending).verdict).toBe('yours')
  })

  it('asks for review when only uncertain matches exist', () => {
    expect(check('佛山市雅丽杰日用品有限公司', rep2, protectedBy('rep-1'))).toMatchObject({
      verdict: 'review',
      customerId: 'yali',
    })
  })

  it('reads only the filing’s own scope (per-channel exclusivity)', () => {
    const perChannel = definePolicy({ scope: 'channel' })
    const held: ScreenedState = {
      status: 'registered-protected',
      owner: 'rep-1',
      protectedUntil: '2026-05-01T09:00:00+08:00',
      scopes: {
        'channel:e-commerce': {
          status: 'registered-protected',
          owner: 'rep-1',
          protectedUntil: '2026-05-01T09:00:00+08:00',
        },
      },
    }
    const screen = (channel: string) =>
      checkRegistration(
        { name: '深圳思萨科技', channel },
        { index, stateOf: () => held, policy: perChannel, now: NOW, actor: rep2 },
      ).verdict
    expect(screen('e-commerce')).toBe('blocked')
    expect(screen('otc-pharmacy')).toBe('open')
  })

  it('lets the strictest verdict win across strong matches', () => {
    const states: Record<string, ScreenedState> = {
      sisa: { status: 'released', owner: null, protectedUntil: null, scopes: {} },
      other: protectedBy('rep-3'),
    }
    const local = createCustomerIndex()
    local.add('sisa', { name: '深圳市思萨科技股份有限公司' })
    local.add('other', { name: '某某商行', phone: '13333333333' })
    const result = checkRegistration(
      { name: '深圳思萨科技', phone: '133 3333 3333' },
      { index: local, stateOf: (id) => states[id], policy: presets.dailyChemical, now: NOW, actor: rep2 },
    )
    expect(result).toMatchObject({ verdict: 'blocked', customerId: 'other', holder: { claimant: 'rep-3' } })
  })

  it('reads the engine’s derived state (deriveState) directly', () => {
    const history = [
      EventSchema.parse({
        type: 'registered',
        id: 'sisa:0',
        customerId: 'sisa',
        actor: 'rep-1',
        scope: 'company',
        at: '2026-02-20T09:00:00+08:00',
        claimant: 'rep-1',
        kind: 'company',
        profile: { name: '深圳市思萨科技股份有限公司' },
        until: '2026-05-20T09:00:00+08:00',
        expiringFrom: '2026-05-13T09:00:00+08:00',
      }),
    ]
    const policy = presets.dailyChemical
    const result = checkRegistration(
      { name: '思萨科技（深圳）有限公司' },
      {
        index,
        policy,
        now: NOW,
        actor: rep2,
        stateOf: (id) => (id === 'sisa' ? deriveState(history, policy, NOW) : undefined),
      },
    )
    expect(result).toMatchObject({
      verdict: 'blocked',
      customerId: 'sisa',
      holder: { claimant: 'rep-1', status: 'registered-protected' },
    })
    expect(Date.parse(result.holder?.protectedUntil ?? '')).toBe(Date.parse('2026-05-20T09:00:00+08:00'))
  })

  describe('review fixes', () => {
    const lapsedOwner = (pending: { claimant: string; submittedAt: string }[] = []): ScreenedState => ({
      status: 'registered-unprotected',
      owner: 'rep-1',
      protectedUntil: null,
      scopes: {
        company: { status: 'registered-unprotected', owner: 'rep-1', protectedUntil: null, pending },
      },
    })

    it('tells a lapsed former owner the customer is open, not theirs', () => {
      expect(check('深圳思萨科技', rep1, lapsedOwner()).verdict).toBe('open')
    })

    it('keeps an earlier pending filing first even when a lapsed owner is on record', () => {
      const pending = [{ claimant: 'rep-3', submittedAt: '2026-02-28T09:00:00+08:00' }]
      expect(check('深圳思萨科技', rep2, lapsedOwner(pending))).toMatchObject({
        verdict: 'blocked',
        holder: { claimant: 'rep-3' },
      })
    })

    it('screens a project-level filing in its project, and under a company-wide claim', () => {
      const byProject: ScreenedState = {
        status: 'registered-protected',
        owner: 'rep-1',
        protectedUntil: '2026-06-01T09:00:00+08:00',
        scopes: {
          'project:P1': {
            status: 'registered-protected',
            owner: 'rep-1',
            protectedUntil: '2026-06-01T09:00:00+08:00',
          },
        },
      }
      const screen = (state: ScreenedState, project: string) =>
        checkRegistration(
          { name: '思萨科技(深圳)有限公司', project },
          {
            index,
            stateOf: () => state,
            policy: presets.projectSales,
            now: NOW,
            actor: rep2,
            kind: 'project',
          },
        ).verdict
      expect(screen(byProject, 'P1')).toBe('blocked')
      expect(screen(byProject, 'P2')).toBe('open')
      expect(screen(protectedBy('rep-1'), 'P2')).toBe('blocked')
    })
  })
})
