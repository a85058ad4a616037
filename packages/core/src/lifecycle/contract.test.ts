import { describe, expect, it } from 'vitest'
import * as core from '../index'

// SPEC §5: these names are public API and must exist exactly so.
describe('the public contract of @baobei/core', () => {
  it.each([
    'definePolicy',
    'presets',
    'decide',
    'evolve',
    'replay',
    'deriveState',
    'sweep',
    'scopeOf',
    'PolicySchema',
    'PolicyError',
    'REJECTION_CODES',
    'STATUSES',
    'statusNumber',
    'CHANNELS',
    'CommandSchema',
    'EventSchema',
  ])('exports %s', (name) => {
    expect(core).toHaveProperty(name)
  })

  it('decides through the package root end to end', () => {
    const now = '2026-01-31T10:00:00+08:00'
    const result = core.decide(
      {
        type: 'register',
        customerId: 'c1',
        claimant: 'rep-1',
        profile: { name: 'x', address: 'a', phone: '1', contact: 'c' },
      },
      { history: [], policy: core.presets.dailyChemical, now, actor: { id: 'rep-1', roles: [] } },
    )
    expect(result.ok).toBe(true)
    if (result.ok)
      expect(core.deriveState(result.events, core.presets.dailyChemical, now).statusNumber).toBe(6)
  })
})
