import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { CustomerProfile } from '../model/index'
import { createCustomerIndex } from './customer-index'
import { findDuplicates } from './find-duplicates'
import { WEIGHTS } from './scores'

const SISA: CustomerProfile = {
  name: '深圳市思萨科技股份有限公司',
  uscc: '91440300708461136T',
  phone: '0755-88886666',
  address: '广东省深圳市南山区科技园南区18栋',
}

function indexOf(customers: Record<string, CustomerProfile>) {
  const index = createCustomerIndex()
  for (const [id, profile] of Object.entries(customers)) index.add(id, profile)
  return index
}

describe('createCustomerIndex', () => {
  const index = indexOf({
    sisa: SISA,
    yali: { name: '佛山市雅丽洁日用品有限公司', phone: '13333333333' },
    siyuan: { name: '深圳市思远科技有限公司' },
    zhang: { name: '张伟', phone: '13900001111', relatives: [{ relation: 'spouse', phone: '13700002222' }] },
    shanghai: { name: '上海思萨科技有限公司' },
  })

  it('counts its customers', () => {
    expect(index.size).toBe(5)
  })

  it('is certain on the same credit code, whatever the name', () => {
    expect(index.findDuplicates({ name: '完全不同的名字', uscc: '9144 0300 7084 6113 6t' })).toEqual([
      { customerId: 'sisa', score: 1, reasons: ['uscc'], strength: 'certain' },
    ])
  })

  it('is strong on the same name key in the same place, and weaker in another place', () => {
    const matches = index.findDuplicates({ name: '思萨科技（深圳）有限公司' })
    expect(matches[0]).toEqual({
      customerId: 'sisa',
      score: WEIGHTS.name,
      reasons: ['name'],
      strength: 'strong',
    })
    expect(matches.find((m) => m.customerId === 'shanghai')).toMatchObject({
      score: WEIGHTS.nameElsewhere,
      strength: 'review',
    })
  })

  it('is strong on the same phone written differently', () => {
    expect(index.findDuplicates({ name: '某客户', phone: '+86 755 8888 6666' })).toEqual([
      { customerId: 'sisa', score: WEIGHTS.phone, reasons: ['phone'], strength: 'strong' },
    ])
  })

  it('combines reasons as independent evidence', () => {
    const [best] = index.findDuplicates({ name: '深圳 思萨科技', phone: '075588886666' })
    expect(best?.customerId).toBe('sisa')
    expect(best?.reasons).toEqual(['name', 'phone'])
    expect(best?.score).toBeCloseTo(1 - (1 - WEIGHTS.name) * (1 - WEIGHTS.phone), 3)
  })

  it('asks for review on a similar brand in the same place and trade', () => {
    const [match] = index.findDuplicates({ name: '佛山市雅丽杰日用品有限公司' })
    expect(match).toMatchObject({ customerId: 'yali', reasons: ['name'], strength: 'review' })
    expect(match?.score).toBeGreaterThanOrEqual(0.6)
    expect(match?.score).toBeLessThanOrEqual(0.8)
  })

  it('finds a brand one character longer or shorter in the same place and trade', () => {
    const local = indexOf({
      short: { name: '深圳市思萨科技有限公司' },
      long: { name: '深圳市雅丽洁尔科技有限公司' },
    })
    expect(local.findDuplicates({ name: '深圳思萨尔科技' })[0]).toMatchObject({
      customerId: 'short',
      strength: 'review',
    })
    expect(local.findDuplicates({ name: '深圳雅丽洁科技' })[0]).toMatchObject({
      customerId: 'long',
      strength: 'review',
    })
    expect(local.findDuplicates({ name: '广州思萨尔科技' })).toEqual([])
  })

  it('does not match a different brand in the same place and trade', () => {
    const matches = index.findDuplicates({ name: '深圳市思远科技有限公司' })
    expect(matches.map((m) => m.customerId)).toEqual(['siyuan'])
  })

  it('asks for review when one side has no trade word', () => {
    expect(index.findDuplicates({ name: '深圳 思萨' })[0]).toMatchObject({
      customerId: 'sisa',
      score: WEIGHTS.brand,
      strength: 'review',
    })
  })

  it('links people through a relative’s phone', () => {
    expect(index.findDuplicates({ name: '李娜', phone: '137 0000 2222' })).toEqual([
      { customerId: 'zhang', score: WEIGHTS.relative, reasons: ['relative'], strength: 'strong' },
    ])
    expect(
      index.findDuplicates({ name: '张小明', relatives: [{ relation: 'parent', phone: '13900001111' }] })[0],
    ).toMatchObject({ customerId: 'zhang', reasons: ['relative'] })
  })

  it('treats a bare personal name and an address as weak evidence', () => {
    expect(index.findDuplicates({ name: '张伟' })).toEqual([])
    expect(index.findDuplicates({ name: '张伟' }, { threshold: 0.3 })[0]).toMatchObject({
      customerId: 'zhang',
      score: WEIGHTS.person,
    })
    expect(
      index.findDuplicates({ name: 'x', address: '深圳南山区科技园南区 18 栋' }, { threshold: 0 }),
    ).toEqual([{ customerId: 'sisa', score: WEIGHTS.address, reasons: ['address'], strength: 'review' }])
  })

  it('halves the score when both credit codes are valid and different (two legal entities)', () => {
    const candidate = { name: '深圳市思萨科技有限公司', uscc: '914403001922038216' }
    const matches = index.findDuplicates(candidate, { threshold: 0 })
    expect(matches.find((m) => m.customerId === 'sisa')?.score).toBe(WEIGHTS.name / 2)
  })

  it('honours limit and threshold, and sorts by score', () => {
    const matches = index.findDuplicates({ name: '思萨科技有限公司', phone: '13333333333' }, { threshold: 0 })
    expect(matches.map((m) => m.score)).toEqual([...matches.map((m) => m.score)].sort((a, b) => b - a))
    expect(index.findDuplicates({ name: '思萨科技有限公司' }, { limit: 1 })).toHaveLength(1)
  })

  it('forgets removed customers and replaces re-added ones', () => {
    const local = indexOf({ a: SISA, b: { name: '杭州清芬日化有限公司' } })
    local.remove('a')
    local.remove('unknown')
    expect(local.size).toBe(1)
    expect(local.findDuplicates(SISA)).toEqual([])
    local.add('b', { name: '深圳市思萨科技有限公司' })
    expect(local.findDuplicates({ name: '杭州清芬日化有限公司' })).toEqual([])
    expect(local.findDuplicates({ name: '思萨科技' })[0]?.customerId).toBe('b')
  })

  it('never throws on malformed profiles', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (stored, candidate) => {
        const local = createCustomerIndex()
        local.add('x', stored as CustomerProfile)
        expect(Array.isArray(local.findDuplicates(candidate as CustomerProfile))).toBe(true)
        local.remove('x')
        expect(local.size).toBe(0)
      }),
    )
  })
})

describe('screening variants (property)', () => {
  const brands = fc.constantFrom('思萨', '宏远', '清芬', '飞达', '雅丽洁', '金鹰', '蓝海', '正盛')
  const places = fc.constantFrom('深圳', '广州', '杭州', '义乌', '成都', '西安')
  const trades = fc.constantFrom('科技', '贸易', '日化', '数控设备', '电子科技', '化妆品')
  const forms = fc.constantFrom('有限公司', '股份有限公司', '集团有限公司', '商行')

  it('finds a known company from any way of writing it, first and strongly', () => {
    fc.assert(
      fc.property(
        brands,
        places,
        trades,
        forms,
        forms,
        fc.integer({ min: 0, max: 3 }),
        (brand, place, trade, form, other, way) => {
          const index = createCustomerIndex()
          index.add('known', { name: `${place}市${brand}${trade}${form}`, phone: '13333333333' })
          index.add('other', { name: `${place}市正远${trade}${form}` })
          const candidates = [
            { name: `${brand}${trade}(${place})${other}` },
            { name: `${place} ${brand} ${trade}` },
            { name: `${brand}${trade}${other}`, phone: '+86 133-3333-3333' },
            { name: '某某', phone: '１３３３３３３３３３３' },
          ]
          const [best] = index.findDuplicates(candidates[way] as CustomerProfile)
          expect(best).toMatchObject({ customerId: 'known', strength: 'strong' })
        },
      ),
    )
  })
})

describe('findDuplicates', () => {
  it('screens a plain list or an index alike', () => {
    const customers = [
      { id: 'c1', profile: SISA },
      { id: 'c2', profile: { name: '杭州清芬日化有限公司' } },
    ]
    const candidate = { name: '深圳思萨科技有限公司' }
    const fromList = findDuplicates(candidate, customers)
    expect(fromList.map((m) => m.customerId)).toEqual(['c1'])
    const index = createCustomerIndex()
    for (const { id, profile } of customers) index.add(id, profile)
    expect(findDuplicates(candidate, index)).toEqual(fromList)
  })
})
