/**
 * What a phone number is: a mobile, a landline with its area code, or anything else (400/800 lines).
 *
 * @example
 * const kind: PhoneKind = normalizePhone('010-62345678').kind // 'landline'
 */
export type PhoneKind = 'mobile' | 'landline' | 'unknown'

/**
 * The outcome of {@link normalizePhone}.
 *
 * @example
 * const { e164 }: NormalizedPhone = normalizePhone('+86 133 3333 3333') // '+8613333333333'
 */
export type NormalizedPhone = { valid: boolean; e164?: string; kind: PhoneKind }

const MOBILE = /^1[3-9]\d{9}$/
// 400/800 service lines: national, not tied to a city, but a company's own and so worth matching.
const SERVICE = /^[48]00\d{7}$/
// Beijing (10) and the 2x codes have 2 digits and 8-digit subscribers; the rest 3 digits and 7–8.
const LANDLINE = /^(?:(?:10|2\d)[2-9]\d{7}|[3-9]\d{2}[2-9]\d{6,7})$/
// 转123, 分机 123, ext. 123, x123, #123 at the end of a number.
const EXTENSION_WORD = /\s*(?:转|分机|ext\.?|x|#)\s*\d{1,6}\s*$/i
// A trailing "-123" group after a complete number is an extension too.
const TRAILING_GROUP = /^(.*\d)[\s\-.]+\d{1,6}$/

const INVALID: NormalizedPhone = { valid: false, kind: 'unknown' }

/** Classifies a national significant number (no trunk 0, no country code). */
function classify(national: string): NormalizedPhone | null {
  const e164 = `+86${national}`
  if (MOBILE.test(national)) return { valid: true, e164, kind: 'mobile' }
  if (SERVICE.test(national)) return { valid: true, e164, kind: 'unknown' }
  if (LANDLINE.test(national)) return { valid: true, e164, kind: 'landline' }
  return null
}

/** Reads a national number: a mobile or service line, or an area code after its trunk 0. */
function parseNational(digits: string, afterCountryCode: boolean): NormalizedPhone | null {
  if (MOBILE.test(digits) || SERVICE.test(digits)) return classify(digits)
  if (digits.startsWith('0')) return classify(digits.slice(1))
  // After +86 the trunk 0 is usually omitted: +86 755 1234 5678.
  return afterCountryCode ? classify(digits) : null
}

/** Reads the digits of one number: an optional 86 / 0086 country code, then the national number. */
function parseDigits(digits: string, international: boolean): NormalizedPhone | null {
  // Written with "+", the number is in international form: only +86 is Chinese, and what follows
  // the country code is never read as a number of its own (+86 860… is not area code 860).
  if (international) return digits.startsWith('86') ? parseNational(digits.slice(2), true) : null
  for (const prefix of ['0086', '86']) {
    if (digits.startsWith(prefix)) {
      const parsed = parseNational(digits.slice(prefix.length), true)
      if (parsed) return parsed
    }
  }
  return parseNational(digits, false)
}

/**
 * Normalizes a Chinese phone number to E.164 (`+86…`): mobiles (1[3-9] + 9 digits), landlines with
 * their area code (010, 02x, 0xxx + 7–8 digits; `(0755)`, `0755-`), with or without +86 / 0086 / 86,
 * spaces, dashes and full-width digits. Extensions (`转123`, `-123` after a full number) are dropped.
 * 400/800 service lines are valid with kind `'unknown'`; a landline without its area code is invalid
 * (it cannot be told apart from the same number in another city). Never throws.
 *
 * @example
 * normalizePhone('133 3333 3333')      // { valid: true, e164: '+8613333333333', kind: 'mobile' }
 * normalizePhone('(0755) 8888-6666转12') // { valid: true, e164: '+8675588886666', kind: 'landline' }
 * normalizePhone('12345')              // { valid: false, kind: 'unknown' }
 */
export function normalizePhone(raw: unknown): NormalizedPhone {
  const text = typeof raw === 'number' && Number.isSafeInteger(raw) ? String(raw) : raw
  if (typeof text !== 'string') return INVALID
  const cleaned = text.normalize('NFKC').trim().replace(EXTENSION_WORD, '')
  const international = cleaned.startsWith('+')
  const whole = parseDigits(cleaned.replace(/\D/g, ''), international)
  if (whole) return whole
  const withoutGroup = TRAILING_GROUP.exec(cleaned)?.[1]
  return (withoutGroup && parseDigits(withoutGroup.replace(/\D/g, ''), international)) || INVALID
}
