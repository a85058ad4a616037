import { describe, expectTypeOf, it } from 'vitest'
import { definePolicy, type Policy, type PolicyInput, type PresetName, presets } from './index'

describe('policy types', () => {
  it('infers the policy from its schema and accepts partial input', () => {
    expectTypeOf(definePolicy({ release: { to: 'pool' } })).toEqualTypeOf<Policy>()
    expectTypeOf<Policy['release']['to']>().toEqualTypeOf<'open' | 'pool'>()
    expectTypeOf<Policy['walkIns']['mode']>().toEqualTypeOf<'named-rep' | 'house' | 'rotation'>()
    expectTypeOf(presets.toolMaker).toEqualTypeOf<Policy>()
    expectTypeOf<PresetName>().toEqualTypeOf<
      | 'dailyChemical'
      | 'toolMaker'
      | 'projectSales'
      | 'distributorRealty'
      | 'onsiteRealty'
      | 'autoDealer'
      | 'visitFiling'
    >()
    const input: PolicyInput = { ...presets.toolMaker, managerRoles: ['boss'] }
    expectTypeOf(input).toExtend<PolicyInput>()
    // @ts-expect-error release goes to 'open' or 'pool' only
    definePolicy({ release: { to: 'nowhere' } })
  })
})
