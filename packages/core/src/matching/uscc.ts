import { PROVINCE_CODES } from './places'

/**
 * Why a code is not a valid unified social credit code.
 *
 * @example
 * const reason: UsccProblem | undefined = validateUscc('123').reason // 'length'
 */
export type UsccProblem = 'empty' | 'length' | 'charset' | 'authority' | 'type' | 'region' | 'check'

/**
 * The outcome of {@link validateUscc}.
 *
 * @example
 * const { valid, normalized }: UsccValidation = validateUscc('91440300708461136T')
 */
export type UsccValidation = { valid: boolean; normalized?: string; reason?: UsccProblem }

// GB 32100-2015 alphabet: digits and capitals without I, O, Z, S, V; a character's value is its index.
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY'

// Registration authority (position 1) → the institution types (position 2) it may issue.
const TYPES_BY_AUTHORITY: Readonly<Record<string, string>> = {
  '1': '1239', // 机构编制: 机关, 事业单位, 群众团体, 其他
  '2': '19', // 外交
  '3': '1234569', // 司法行政: 律师事务所, 公证处, 基层法律服务所, 司法鉴定, 仲裁委员会, 其他
  '4': '19', // 文化
  '5': '1239', // 民政: 社会团体, 民办非企业单位, 基金会, 其他
  '6': '129', // 旅游
  '7': '129', // 宗教
  '8': '19', // 工会
  '9': '123', // 工商: 企业, 个体工商户, 农民专业合作社
  A: '19', // 中央军委改革和编制办公室
  N: '1239', // 农业: 组级, 村级, 乡镇级集体经济组织, 其他
  Y: '1', // 其他
}

// Weights 3^(i-1) mod 31 for positions 1..17 (GB 32100-2015 §5).
const USCC_WEIGHTS = /* @__PURE__ */ Array.from({ length: 17 }, (_, i) => 3 ** i % 31)
// GB 11714 organisation code weights for its 8 body characters.
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]

/** The check character (position 18) of the first 17 characters. */
export function usccCheckCharacter(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += ALPHABET.indexOf(first17.charAt(i)) * (USCC_WEIGHTS[i] ?? 0)
  return ALPHABET.charAt((31 - (sum % 31)) % 31)
}

/** The GB 11714 check character of an organisation code body (8 characters; letters count 10..35). */
export function orgCodeCheckCharacter(body: string): string {
  let sum = 0
  for (let i = 0; i < 8; i++) sum += Number.parseInt(body.charAt(i), 36) * (ORG_WEIGHTS[i] ?? 0)
  const check = 11 - (sum % 11)
  return check === 10 ? 'X' : check === 11 ? '0' : String(check)
}

function isPlausibleRegion(region: string): boolean {
  if (!/^\d{6}$/.test(region)) return false
  // 100000 marks codes issued by national (中央) registration authorities.
  return region === '100000' || PROVINCE_CODES.has(region.slice(0, 2))
}

const invalid = (reason: UsccProblem): UsccValidation => ({ valid: false, reason })

/**
 * Validates an 18-character unified social credit code (统一社会信用代码, GB 32100-2015): alphabet,
 * registration authority and type, GB/T 2260 region, the GB 11714 organisation code check and the
 * final check character. Spaces, dashes and lower case are tolerated; junk never throws
 * (`null`/`undefined`/blank → `'empty'`, other non-strings → `'charset'`).
 *
 * @example
 * validateUscc('91440300-1922038216') // { valid: true, normalized: '914403001922038216' }
 * validateUscc('914403001922038217')  // { valid: false, reason: 'check' }
 */
export function validateUscc(code: unknown): UsccValidation {
  if (code === null || code === undefined) return invalid('empty')
  if (typeof code !== 'string') return invalid('charset')
  // NFKC first: a code typed with a Chinese IME arrives in full-width characters.
  const normalized = code
    .normalize('NFKC')
    .replace(/[\s\-_\u2010-\u2015\u3000]/g, '')
    .toUpperCase()
  if (normalized === '') return invalid('empty')
  if (normalized.length !== 18) return invalid('length')
  if ([...normalized].some((c) => !ALPHABET.includes(c))) return invalid('charset')
  const types = TYPES_BY_AUTHORITY[normalized.charAt(0)]
  if (types === undefined) return invalid('authority')
  if (!types.includes(normalized.charAt(1))) return invalid('type')
  if (!isPlausibleRegion(normalized.slice(2, 8))) return invalid('region')
  if (orgCodeCheckCharacter(normalized.slice(8, 16)) !== normalized.charAt(16)) return invalid('check')
  if (usccCheckCharacter(normalized) !== normalized.charAt(17)) return invalid('check')
  return { valid: true, normalized }
}
