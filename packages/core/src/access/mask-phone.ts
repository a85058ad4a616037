import { normalizePhone } from '../matching/phone'

/**
 * Masks a phone number for someone who may only see that a customer is held (SPEC §7): a mobile
 * keeps its first 3 and last 4 digits, a landline its area code and last 4 digits; anything else
 * keeps only its last 4 characters' digits.
 *
 * @example
 * maskPhone('13333333333')     // '133****3333'
 * maskPhone('+86 755 8888 6666') // '0755-****6666'
 */
export function maskPhone(raw: unknown): string {
  const phone = normalizePhone(raw)
  const national = phone.e164?.slice(3) ?? ''
  if (phone.kind === 'mobile') return `${national.slice(0, 3)}****${national.slice(-4)}`
  if (phone.kind === 'landline') {
    const areaLength = /^(?:10|2\d)/.test(national) ? 2 : 3
    return `0${national.slice(0, areaLength)}-****${national.slice(-4)}`
  }
  const digits = typeof raw === 'string' || typeof raw === 'number' ? String(raw).replace(/\D/g, '') : ''
  return digits.length > 4 ? `****${digits.slice(-4)}` : '****'
}
