import { canonicalText, hasHan } from './chinese-text'
import {
  BRANCH,
  BRANCH_END,
  LATIN_FORMS,
  LATIN_PLACES,
  LATIN_TRADES,
  LEGAL_FORMS,
  SHOP_FORMS,
  TRADES,
  type WordSet,
} from './company-words'
import { LONGEST_PLACE, PLACES } from './places'

/**
 * The parts of a company name (企业名称): place (行政区划), brand (字号), trade (行业) and legal form
 * (组织形式, with any branch), plus the comparison key `normalized` (brand + trade).
 *
 * @example
 * const { brand }: CompanyName = parseCompanyName('义乌市柔丝日用品商行') // '柔丝'
 */
export type CompanyName = {
  place: string | null
  brand: string
  trade: string | null
  suffix: string | null
  normalized: string
}

/** A parsed name with every place found (outermost first), used to compare places. */
export type CompanyNameAnalysis = CompanyName & { places: string[] }

// A district, county or town (区/县/旗/镇/乡/街道), 1–4 characters plus its suffix: 南山区, 安溪县, 长安镇.
const DISTRICT = /^[\p{Script=Han}]{1,4}?(?:新区|区|县|旗|镇|乡|街道)(?![区县镇乡])/u
const MIN_BRAND = 2

const joinParts = (parts: string[]): string | null => (parts.length > 0 ? parts.join('') : null)

/** Strips the longest word of `words` from the end of `text`, keeping at least `keep` characters. */
function stripEnd(text: string, words: WordSet, keep: number): [string, string] | null {
  for (let length = Math.min(words.longest, text.length - keep); length >= 1; length--) {
    const word = text.slice(-length)
    if (words.has(word)) return [text.slice(0, -length), word]
  }
  return null
}

/** A district, county or town name at the start of `text`, as [short form, rest]. */
function districtAtStart(text: string): [string, string] | null {
  const district = DISTRICT.exec(text)?.[0]
  if (!district || text.length - district.length < MIN_BRAND) return null
  const short = district.replace(/(?:新区|区|县|旗|镇|乡|街道)$/, '')
  return [short.length >= 2 ? short : district, text.slice(district.length)]
}

/** The longest place form at the start of `text` that leaves a brand behind. */
function placeAtStart(text: string): [string, string] | null {
  let found: [string, string] | null = null
  for (let length = Math.min(LONGEST_PLACE, text.length - MIN_BRAND); length >= 2 && !found; length--) {
    const place = PLACES.get(text.slice(0, length))
    if (place) found = [place.short, text.slice(length)]
  }
  // 朝阳区 (a district of Beijing) beats 朝阳 (a city in Liaoning): the longer reading wins.
  const district = districtAtStart(text)
  return district && (!found || district[1].length < found[1].length) ? district : found
}

/** Takes places in brackets out (思萨科技(深圳)有限公司); other brackets, e.g. (集团), are inlined. */
function takeBracketedPlaces(text: string, places: string[]): string {
  if (!text.includes('(')) return text
  return text.replace(/\(([^()]*)\)/g, (_, inner: string) => {
    const place = PLACES.get(inner)
    if (!place) return inner
    places.push(place.short)
    return ''
  })
}

function analyzeChinese(text: string): CompanyNameAnalysis {
  const bracketPlaces: string[] = []
  let rest = takeBracketedPlaces(text, bracketPlaces).replace(/[()\s]/g, '')

  const branch = BRANCH_END.test(rest) ? BRANCH.exec(rest) : null
  const form: [string, string] | null =
    branch?.[1] && branch[2]
      ? [branch[1], branch[2]]
      : (stripEnd(rest, LEGAL_FORMS, 1) ?? stripEnd(rest, SHOP_FORMS, MIN_BRAND))
  if (form) rest = form[0]

  const trades: string[] = []
  for (let trade = stripEnd(rest, TRADES, MIN_BRAND); trade; trade = stripEnd(rest, TRADES, MIN_BRAND)) {
    rest = trade[0]
    trades.unshift(trade[1])
  }

  const places: string[] = []
  for (let place = placeAtStart(rest); place; place = placeAtStart(rest)) {
    places.push(place[0])
    rest = place[1]
  }
  places.push(...bracketPlaces)
  // 深圳市燃气集团: nothing but a place before the trade, so the trade word is the brand.
  const lastTrade = trades[0]
  const restPlace = PLACES.get(rest)
  if (lastTrade && restPlace && restPlace.short !== rest) {
    places.unshift(restPlace.short)
    rest = lastTrade
    trades.shift()
  }

  const trade = joinParts(trades)
  return {
    place: places.at(-1) ?? null,
    places,
    brand: rest,
    trade,
    suffix: form?.[1] ?? null,
    normalized: rest + (trade ?? ''),
  }
}

function analyzeLatin(text: string): CompanyNameAnalysis {
  let tokens = text
    .replace(/\./g, '')
    .split(/[^a-z0-9&\u00c0-\u024f-]+/)
    .filter(Boolean)
  const suffix: string[] = []
  while (tokens.length > 1 && LATIN_FORMS.has(tokens.at(-1) ?? '')) suffix.unshift(tokens.pop() ?? '')
  const places = tokens.filter((t) => LATIN_PLACES.has(t))
  if (places.length < tokens.length) tokens = tokens.filter((t) => !LATIN_PLACES.has(t))
  else places.length = 0
  const trades: string[] = []
  while (tokens.length > 1 && LATIN_TRADES.has(tokens.at(-1) ?? '')) trades.unshift(tokens.pop() ?? '')
  const brand = tokens.join(' ')
  const trade = trades.length > 0 ? trades.join(' ') : null
  return {
    place: places.at(-1) ?? null,
    places,
    brand,
    trade,
    suffix: suffix.length > 0 ? suffix.join(' ') : null,
    normalized: trade ? `${brand} ${trade}` : brand,
  }
}

/**
 * Parses a company name into its parts, with its places (outermost first). Internal to matching.
 */
export function analyzeCompanyName(name: string): CompanyNameAnalysis {
  const text = canonicalText(typeof name === 'string' ? name : '')
  return hasHan(text) ? analyzeChinese(text) : analyzeLatin(text)
}

/**
 * Splits a company name into place (行政区划), brand (字号), trade (行业) and legal form
 * (组织形式, a branch included), after normalizing width, brackets, whitespace and traditional
 * characters. `normalized` is the comparison key: brand + trade, without place and legal form.
 *
 * @example
 * parseCompanyName('深圳市思萨科技股份有限公司')
 * // { place: '深圳', brand: '思萨', trade: '科技', suffix: '股份有限公司', normalized: '思萨科技' }
 * parseCompanyName('SHENZHEN SISA TECHNOLOGY CO., LTD').normalized // 'sisa technology'
 */
export function parseCompanyName(name: string): CompanyName {
  const { place, brand, trade, suffix, normalized } = analyzeCompanyName(name)
  return { place, brand, trade, suffix, normalized }
}

/**
 * The comparison key of a company name: the same for "深圳市思萨科技股份有限公司",
 * "思萨科技(深圳)有限公司" and "深圳 思萨科技". Store it in an indexed column to screen in a database.
 *
 * @example
 * normalizeCompanyName('思萨科技（深圳）有限公司') // '思萨科技'
 * normalizeCompanyName('Apple Inc.') // 'apple'
 */
export function normalizeCompanyName(name: string): string {
  return analyzeCompanyName(name).normalized
}
