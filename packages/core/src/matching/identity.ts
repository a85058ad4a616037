import type { CustomerProfile } from '../model/index'
import { canonicalText } from './chinese-text'
import { analyzeCompanyName } from './company-name'
import { normalizePhone } from './phone'
import { PLACES } from './places'
import { validateUscc } from './uscc'

/** What identifies a customer, reduced to comparable keys. */
export type Identity = {
  uscc: string | null
  /** E.164 numbers of the customer's own phones. */
  phones: string[]
  /** E.164 numbers of linked people (spouse, parents, siblings; relatives on one property). */
  relativePhones: string[]
  /** normalizeCompanyName key; '' when the name is blank. */
  name: string
  brand: string
  trade: string | null
  places: string[]
  /** A bare personal name (张伟) identifies weakly: many people share it. */
  person: boolean
  address: string | null
}

const NONE: string[] = []

function uniqueE164(raws: readonly unknown[]): string[] {
  let found: string[] = NONE
  for (const raw of raws) {
    if (raw === undefined) continue
    const e164 = normalizePhone(raw).e164
    if (e164 !== undefined && !found.includes(e164)) found = found === NONE ? [e164] : [...found, e164]
  }
  return found
}

/** An address reduced to its street part: canonical text, punctuation and leading places dropped. */
export function addressKey(address: unknown): string | null {
  if (typeof address !== 'string') return null
  let key = canonicalText(address).replace(/[^\p{L}\p{N}]/gu, '')
  for (let changed = true; changed; ) {
    changed = false
    for (let length = Math.min(8, key.length - 1); length >= 2; length--) {
      if (PLACES.has(key.slice(0, length))) {
        key = key.slice(length)
        changed = true
        break
      }
    }
    const district = /^[\p{Script=Han}]{1,4}?(?:新区|区|县)/u.exec(key)?.[0]
    if (district && key.length - district.length >= 4) {
      key = key.slice(district.length)
      changed = true
    }
  }
  return key.length >= 4 ? key : null
}

/** The identity keys of a profile. Tolerates malformed profiles (hosts pass what users typed). */
export function identityOf(profile: CustomerProfile): Identity {
  const parsed = analyzeCompanyName(typeof profile?.name === 'string' ? profile.name : '')
  const ownPhones = [profile?.phone, ...(Array.isArray(profile?.phones) ? profile.phones : [])]
  const relatives = Array.isArray(profile?.relatives) ? profile.relatives : []
  return {
    uscc: validateUscc(profile?.uscc).normalized ?? null,
    phones: uniqueE164(ownPhones),
    relativePhones: uniqueE164(relatives.map((relative) => relative?.phone)),
    name: parsed.normalized,
    brand: parsed.brand,
    trade: parsed.trade,
    places: parsed.places,
    person:
      parsed.trade === null &&
      parsed.suffix === null &&
      parsed.places.length === 0 &&
      /^\p{Script=Han}{2,4}$/u.test(parsed.brand),
    address: addressKey(profile?.address),
  }
}
