import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { normalizeCompanyName, parseCompanyName } from './company-name'
import { COMPANY_NAMES, HELD_OUT_COMPANY_NAMES } from './fixtures/company-names'

describe('parseCompanyName', () => {
  it('splits place, brand, trade and legal form', () => {
    expect(parseCompanyName('深圳市思萨科技股份有限公司')).toEqual({
      place: '深圳',
      brand: '思萨',
      trade: '科技',
      suffix: '股份有限公司',
      normalized: '思萨科技',
    })
    expect(parseCompanyName('广东省深圳市南山区思萨电子科技有限公司')).toMatchObject({
      place: '南山',
      brand: '思萨',
      trade: '电子科技',
    })
  })

  it('keeps a branch in the suffix', () => {
    expect(parseCompanyName('思萨科技有限公司南山分公司')).toMatchObject({
      brand: '思萨',
      suffix: '有限公司南山分公司',
      normalized: '思萨科技',
    })
  })

  it('reads individual shops and county-level cities', () => {
    expect(parseCompanyName('義烏市柔絲日用品商行')).toEqual({
      place: '义乌',
      brand: '柔丝',
      trade: '日用品',
      suffix: '商行',
      normalized: '柔丝日用品',
    })
  })

  it('does not strip a place that would leave no brand', () => {
    expect(parseCompanyName('中山科技有限公司')).toMatchObject({ place: null, brand: '中山', trade: '科技' })
  })

  it('gives Latin names a lower-case key without Co./Ltd./Inc./Corp.', () => {
    expect(parseCompanyName('SHENZHEN SISA TECHNOLOGY CO., LTD')).toEqual({
      place: 'shenzhen',
      brand: 'sisa',
      trade: 'technology',
      suffix: 'co ltd',
      normalized: 'sisa technology',
    })
    expect(normalizeCompanyName('Apple Inc.')).toBe('apple')
    expect(normalizeCompanyName('Microsoft Corp.')).toBe(normalizeCompanyName('MICROSOFT CORPORATION'))
  })

  it('never throws on junk', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(typeof parseCompanyName(value as string).normalized).toBe('string')
      }),
    )
  })
})

describe('normalizeCompanyName', () => {
  it('gives the three spellings of one company the same key', () => {
    const key = normalizeCompanyName('深圳市思萨科技股份有限公司')
    expect(normalizeCompanyName('思萨科技(深圳)有限公司')).toBe(key)
    expect(normalizeCompanyName('深圳 思萨科技')).toBe(key)
    expect(normalizeCompanyName('思萨科技【深圳】有限公司')).toBe(key)
    expect(normalizeCompanyName('深圳市思薩科技有限公司')).toBe(key)
  })

  it('tells different brands apart', () => {
    expect(normalizeCompanyName('深圳市思萨科技有限公司')).not.toBe(
      normalizeCompanyName('深圳市思远科技有限公司'),
    )
  })
})

/** Share of names whose parsed brand is the labelled one, printed with the misses. */
function brandAccuracy(label: string, names: ReadonlyArray<readonly [string, string]>): number {
  const misses = names.filter(([name, brand]) => parseCompanyName(name).brand !== brand)
  const accuracy = 1 - misses.length / names.length
  console.info(
    `${label}: brand accuracy ${(accuracy * 100).toFixed(1)}% (${names.length - misses.length}/${names.length}); misses:`,
    misses.map(([name, brand]) => `${name} → ${parseCompanyName(name).brand} (want ${brand})`),
  )
  return accuracy
}

describe('brand accuracy on the labelled set', () => {
  it(`finds the brand of at least 95% of ${COMPANY_NAMES.length} ordinary names`, () => {
    expect(COMPANY_NAMES.length).toBeGreaterThanOrEqual(300)
    expect(brandAccuracy('labelled set', COMPANY_NAMES)).toBeGreaterThanOrEqual(0.95)
  })

  it(`finds the brand of most of ${HELD_OUT_COMPANY_NAMES.length} held-out names (never used for tuning)`, () => {
    expect(brandAccuracy('held-out set', HELD_OUT_COMPANY_NAMES)).toBeGreaterThanOrEqual(0.8)
  })
})

// Realistic names built from parts, so every variant has a known answer.
const brands = fc.constantFrom(
  '思萨',
  '宏远',
  '清芬',
  '飞达',
  '大天',
  '正盛',
  '源华',
  '柔丝',
  '雅丽洁',
  '金鹰',
  '蓝海',
)
const places = fc.constantFrom('深圳', '广州', '杭州', '义乌', '宁波', '成都', '西安', '北京', '上海')
const trades = fc.constantFrom(
  '科技',
  '贸易',
  '日化',
  '数控设备',
  '电子科技',
  '汽车销售',
  '化妆品',
  '信息技术',
)
const forms = fc.constantFrom('有限公司', '股份有限公司', '有限责任公司', '集团有限公司')

const toFullWidth = (text: string) =>
  text.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))

describe('name variants (property)', () => {
  it('matches a name with its variants and normalizes idempotently', () => {
    fc.assert(
      fc.property(brands, places, trades, forms, forms, (brand, place, trade, form, otherForm) => {
        const key = normalizeCompanyName(`${place}市${brand}${trade}${form}`)
        const variants = [
          `${brand}${trade}${form}`, // place removed
          `${brand}${trade}(${place})${otherForm}`, // bracketed place, suffix changed
          toFullWidth(`${brand}${trade}(${place})${form}`),
          `${place} ${brand} ${trade}`, // spaces, no legal form
          `${place}${brand}${trade}${form}${place}分公司`, // a branch
        ]
        for (const variant of variants) expect(normalizeCompanyName(variant)).toBe(key)
        expect(normalizeCompanyName(key)).toBe(key)
      }),
    )
  })

  it('is idempotent on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const key = normalizeCompanyName(text)
        expect(normalizeCompanyName(key)).toBe(key)
      }),
    )
  })
})
