import { COUNTY_CITIES, PREFECTURES, PROVINCES } from './places.generated'

/** How specific a place is: 省 (province), 地级 (prefecture) or 县级市 (county-level city). */
export type PlaceLevel = 'province' | 'prefecture' | 'county'

/** A place name as it may appear in a company name, with its level and canonical short form. */
export type PlaceName = { level: PlaceLevel; short: string }

// An official name = short form (2+ characters) + administrative suffix; ethnic words precede 自治州/县.
const OFFICIAL_NAME =
  /^(.{2,}?)(?:(?:壮族|回族|维吾尔)?自治区|特别行政区|(?:蒙古|[\u4e00-\u9fff]{1,4}?族)*自治[州县旗]|[省市盟]|地区)$/

/**
 * The short form of an official place name: 广东省 → 广东, 延边朝鲜族自治州 → 延边, 义乌市 → 义乌.
 * Returns null when the short form would be a single character (e.g. 沙市), which is too ambiguous.
 */
export function shortPlaceName(official: string): string | null {
  return OFFICIAL_NAME.exec(official)?.[1] ?? null
}

function buildPlaceTable(): ReadonlyMap<string, PlaceName> {
  const table = new Map<string, PlaceName>()
  const add = (official: string, level: PlaceLevel) => {
    // Short forms of 地区/盟/自治州 (阿里, 海北…) are common words and seldom used in company names.
    const abbreviable = level === 'province' || official.endsWith('市')
    const short = (abbreviable && shortPlaceName(official)) || official
    for (const form of [official, short]) {
      // Higher levels win on a clash (吉林省/吉林市 both shorten to 吉林).
      if (!table.has(form)) table.set(form, { level, short })
    }
  }
  for (const entry of PROVINCES.split('|')) add(entry.slice(2), 'province')
  for (const name of PREFECTURES.split('|')) add(name, 'prefecture')
  for (const name of COUNTY_CITIES.split('|')) add(name, 'county')
  add('中国', 'province')
  add('中华人民共和国', 'province')
  return table
}

/** Every known place form (official and short) → its level and short form. */
export const PLACES: ReadonlyMap<string, PlaceName> = /* @__PURE__ */ buildPlaceTable()

/**
 * Longest place form, in characters (克孜勒苏柯尔克孜自治州), to bound prefix scans. A constant,
 * not computed from {@link PLACES}, so code that never parses names does not bundle the table;
 * a test checks it.
 */
export const LONGEST_PLACE = 11

/** Two-digit GB/T 2260 province codes (11 北京 … 82 澳门). */
export const PROVINCE_CODES: ReadonlySet<string> = /* @__PURE__ */ new Set(
  PROVINCES.split('|').map((entry) => entry.slice(0, 2)),
)
