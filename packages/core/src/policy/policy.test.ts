import { describe, expect, it } from 'vitest'
import { definePolicy, PolicyError, PolicySchema, presets, scopeOf } from './index'

const actor = { id: 'rep-1', roles: ['sales'], division: 'cs' }

describe('definePolicy', () => {
  it('deep-merges a partial over the defaults and freezes the result', () => {
    const policy = definePolicy({
      registration: { window: { duration: { months: 6 } } },
      release: { to: 'pool' },
    })
    expect(policy.registration.window).toEqual({ duration: { months: 6 }, counting: 'instant' })
    expect(policy.registration.requiredFields).toEqual(['name'])
    expect(policy.release.to).toBe('pool')
    expect(Object.isFrozen(policy.registration.window.duration)).toBe(true)
  })

  it('returns a defined policy unchanged', () => {
    const policy = definePolicy({})
    expect(definePolicy(policy)).toBe(policy)
    expect(definePolicy(presets.toolMaker)).toBe(presets.toolMaker)
  })

  it('replaces durations instead of merging their units', () => {
    const policy = definePolicy({ registration: { window: { duration: { days: 20 } } } })
    expect(policy.registration.window.duration).toEqual({ days: 20 })
    expect(presets.onsiteRealty.registration.window.duration).toEqual({ days: 20 })
  })

  it('adapts a preset by spreading it', () => {
    const ours = definePolicy({ ...presets.toolMaker, name: 'ours', managerRoles: ['boss'] })
    expect(ours).not.toBe(presets.toolMaker)
    expect(ours.release.to).toBe('pool')
    expect(ours.managerRoles).toEqual(['boss'])
    expect(ours.registration.window).toEqual(presets.toolMaker.registration.window)
  })

  it('replaces arrays instead of merging them', () => {
    expect(definePolicy({ managerRoles: ['boss'] }).managerRoles).toEqual(['boss'])
  })

  it('throws a PolicyError naming each offending path', () => {
    const bad = () =>
      definePolicy({
        timeZone: 'Mars/Olympus',
        registration: { window: { duration: { months: 1.5 } } },
        conflicts: { splitShares: [60, 60] },
      })
    expect(bad).toThrow(PolicyError)
    try {
      bad()
    } catch (error) {
      const paths = (error as PolicyError).issues.map((issue) => issue.path)
      expect(paths).toEqual(
        expect.arrayContaining(['timeZone', 'registration.window.duration.months', 'conflicts.splitShares']),
      )
      expect((error as PolicyError).message).toContain('registration.window.duration.months')
    }
  })

  it('says what was expected at each path', () => {
    const bad = () =>
      definePolicy({
        release: { to: 'nowhere' as never },
        limits: { filingsPerDay: -1, activeProtected: 2.5 },
        registration: { submissionWindow: { from: '18:00', to: '25:00' } },
      })
    expect(bad).toThrow('release.to: expected one of "open", "pool"')
    expect(bad).toThrow('limits.filingsPerDay: must be a whole number ≥ 0')
    expect(bad).toThrow('limits.activeProtected: must be a whole number ≥ 0')
    expect(bad).toThrow('registration.submissionWindow.to: expected HH:mm')
  })

  it('rejects a non-object input', () => {
    expect(() => definePolicy('x' as never)).toThrow(PolicyError)
  })
})

describe('presets', () => {
  it.each(Object.entries(presets))('%s is a valid frozen policy naming its seed', (_, policy) => {
    expect(PolicySchema.safeParse(policy).success).toBe(true)
    expect(Object.isFrozen(policy)).toBe(true)
    expect(policy.seed).toMatch(/^00[023]$/)
  })

  it('encode the seed rules that differ from the defaults', () => {
    expect(presets.toolMaker.release.to).toBe('pool')
    expect(presets.projectSales.registration.kinds.company?.window?.duration).toEqual({ months: 12 })
    expect(presets.projectSales.registration.kinds.project?.window?.duration).toEqual({ months: 6 })
    expect(presets.distributorRealty.registration.kinds['on-site']?.perDay).toBe(30)
    expect(presets.onsiteRealty.renewals.visit?.extendsBy.duration).toEqual({ days: 20 })
    expect(presets.autoDealer.renewals.followUp?.cadence.B).toEqual({ days: 7 })
    expect(presets.visitFiling.renewals.deposit?.window.duration).toEqual({ days: 90 })
  })
})

describe('scopeOf', () => {
  it('is company-wide by default', () => {
    expect(scopeOf(presets.dailyChemical, { actor, profile: { name: 'x', channel: 'e-commerce' } })).toBe(
      'company',
    )
  })

  it('scopes by division, channel or project when the policy says so', () => {
    expect(scopeOf(definePolicy({ scope: 'division' }), { actor, profile: { name: 'x' } })).toBe(
      'division:cs',
    )
    expect(
      scopeOf(definePolicy({ scope: 'channel' }), { actor, profile: { name: 'x', channel: 'group-buy' } }),
    ).toBe('channel:group-buy')
    expect(
      scopeOf(presets.projectSales, { actor, profile: { name: 'x', project: 'Line 3' }, kind: 'project' }),
    ).toBe('project:Line 3')
    expect(scopeOf(presets.projectSales, { actor, profile: { name: 'x', project: 'Line 3' } })).toBe(
      'company',
    )
  })

  it('prefers an explicit scope and falls back to company when the attribute is missing', () => {
    expect(scopeOf(presets.dailyChemical, { actor, scope: 'channel:x' })).toBe('channel:x')
    expect(scopeOf(definePolicy({ scope: 'channel' }), { actor, profile: { name: 'x' } })).toBe('company')
  })
})
