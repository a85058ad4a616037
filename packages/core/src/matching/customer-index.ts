import type { CustomerProfile } from '../model/index'
import { type Identity, identityOf } from './identity'
import { Postings } from './postings'
import { DEFAULT_THRESHOLD, DIFFERENT_USCC_FACTOR, type MatchReason, STRONG, WEIGHTS } from './scores'
import { brandSimilarity, deletions } from './similarity'

/**
 * How sure a match is: `certain` (same USCC), `strong` (≥ 0.85) or `review` (a person should look).
 *
 * @example
 * const strength: MatchStrength = 'review'
 */
export type MatchStrength = 'certain' | 'strong' | 'review'

/**
 * A known customer that may be the candidate, with a 0..1 score and the reasons.
 *
 * @example
 * const m: Match = { customerId: 'c1', score: 0.99, reasons: ['name', 'phone'], strength: 'strong' }
 */
export type Match = { customerId: string; score: number; reasons: MatchReason[]; strength: MatchStrength }

/**
 * Options of a duplicate search: at most `limit` matches (10) scoring at least `threshold` (0.5).
 *
 * @example
 * index.findDuplicates(candidate, { limit: 3, threshold: 0.85 } satisfies FindOptions)
 */
export type FindOptions = { limit?: number; threshold?: number }

/**
 * An in-memory screening index over known customers, keyed by USCC, phone, name, brand and brand
 * spelling deletions: a query reads a few small posting lists, never the whole registry.
 *
 * @example
 * const index: CustomerIndex = createCustomerIndex()
 * index.add('c1', { name: '杭州清芬日化有限公司' })
 * index.size // 1
 */
export type CustomerIndex = {
  /** Adds or replaces a customer's profile. */
  add(id: string, profile: CustomerProfile): void
  /** Forgets a customer; unknown ids are ignored. */
  remove(id: string): void
  /** Number of customers indexed. */
  readonly size: number
  /** Known customers that may be the candidate, best first. */
  findDuplicates(candidate: CustomerProfile, options?: FindOptions): Match[]
}

const SEP = '\u0001'
const NO_PLACE = ['']
const placesOrNone = ({ places }: Identity): Iterable<string> =>
  places.length === 0 ? NO_PLACE : places.length === 1 ? places : new Set(places)
const samePlace = (a: Identity, b: Identity) =>
  a.places.length === 0 ? b.places.length === 0 : a.places.some((place) => b.places.includes(place))
const placesCompatible = (a: Identity, b: Identity) =>
  a.places.length === 0 || b.places.length === 0 || a.places.some((place) => b.places.includes(place))

/** Collects the best weight per reason per customer, then combines them. */
class Evidence {
  readonly byId = new Map<string, Map<MatchReason, number>>()

  note(id: string, reason: MatchReason, weight: number): void {
    let reasons = this.byId.get(id)
    if (!reasons) {
      reasons = new Map()
      this.byId.set(id, reasons)
    }
    if ((reasons.get(reason) ?? 0) < weight) reasons.set(reason, weight)
  }
}

function toMatch(id: string, reasons: Map<MatchReason, number>, conflictingUscc: boolean): Match {
  let miss = 1
  for (const weight of reasons.values()) miss *= 1 - weight
  const score = Math.round((1 - miss) * (conflictingUscc ? DIFFERENT_USCC_FACTOR : 1) * 1000) / 1000
  const strength: MatchStrength = reasons.has('uscc') ? 'certain' : score >= STRONG ? 'strong' : 'review'
  return { customerId: id, score, reasons: [...reasons.keys()].sort(), strength }
}

/**
 * Creates an empty screening index. Add every known customer once (or back the same keys with
 * indexed database columns for very large registries, see docs/matching.md).
 *
 * @example
 * const index = createCustomerIndex()
 * index.add('c1', { name: '深圳市思萨科技股份有限公司', phone: '0755-88886666' })
 * index.findDuplicates({ name: '思萨科技(深圳)有限公司' })
 * // [{ customerId: 'c1', score: 0.9, reasons: ['name'], strength: 'strong' }]
 */
export function createCustomerIndex(): CustomerIndex {
  const identities = new Map<string, Identity>()
  const byUscc = new Postings()
  const byPhone = new Postings()
  const byRelativePhone = new Postings()
  const byName = new Postings()
  const byBrand = new Postings()
  // Deletions of brands within one trade and place, for similar spellings (雅丽洁 / 雅丽杰).
  const byDeletion = new Postings()
  const byAddress = new Postings()

  /** Calls `visit` with every (postings, key) pair of an identity, each pair once. */
  function eachKey(identity: Identity, visit: (postings: Postings, key: string) => void): void {
    if (identity.uscc) visit(byUscc, identity.uscc)
    for (const e164 of identity.phones) visit(byPhone, e164)
    for (const e164 of identity.relativePhones) visit(byRelativePhone, e164)
    if (identity.name) visit(byName, identity.name)
    if (identity.brand) visit(byBrand, identity.brand)
    if (identity.trade) {
      for (const place of placesOrNone(identity)) {
        for (const variant of deletions(identity.brand))
          visit(byDeletion, variant + SEP + identity.trade + SEP + place)
      }
    }
    if (identity.address) visit(byAddress, identity.address)
  }

  function remove(id: string): void {
    const identity = identities.get(id)
    if (!identity) return
    eachKey(identity, (postings, key) => postings.remove(key, id))
    identities.delete(id)
  }

  function add(id: string, profile: CustomerProfile): void {
    remove(id)
    const identity = identityOf(profile)
    identities.set(id, identity)
    eachKey(identity, (postings, key) => postings.add(key, id))
  }

  function noteNames(candidate: Identity, evidence: Evidence): void {
    const other = (id: string) => identities.get(id) as Identity
    for (const id of byName.get(candidate.name)) {
      const known = other(id)
      const weight = candidate.person || known.person ? WEIGHTS.person : WEIGHTS.name
      evidence.note(id, 'name', placesCompatible(candidate, known) ? weight : WEIGHTS.nameElsewhere)
    }
    // One side without a trade word: 深圳 思萨 vs 深圳市思萨科技有限公司.
    const sameBrand = candidate.trade ? byName.get(candidate.brand) : byBrand.get(candidate.brand)
    for (const id of sameBrand) {
      const known = other(id)
      if (!candidate.person && !known.person && placesCompatible(candidate, known)) {
        evidence.note(id, 'name', WEIGHTS.brand)
      }
    }
    if (candidate.trade) noteSimilarSpellings(candidate, candidate.trade, evidence)
  }

  /** Brands one edit away in the same trade and place (雅丽洁 / 雅丽杰, 思萨 / 思萨尔). */
  function noteSimilarSpellings(candidate: Identity, trade: string, evidence: Evidence): void {
    const noteSimilar = (id: string) => {
      const similarity = brandSimilarity(candidate.brand, (identities.get(id) as Identity).brand)
      if (similarity > 0 && similarity < 1) {
        evidence.note(id, 'name', WEIGHTS.similarBase + WEIGHTS.similarSpan * similarity)
      }
    }
    // As long and one substitution away, or one character longer: a shared deletion.
    const variants = [candidate.brand, ...deletions(candidate.brand)]
    for (const place of placesOrNone(candidate)) {
      for (const variant of variants) {
        for (const id of byDeletion.get(variant + SEP + trade + SEP + place)) noteSimilar(id)
      }
    }
    // One character shorter: the known brand is one of the candidate's deletions.
    for (const variant of deletions(candidate.brand)) {
      for (const id of byBrand.get(variant)) {
        const known = identities.get(id) as Identity
        if (known.trade === trade && samePlace(candidate, known)) noteSimilar(id)
      }
    }
  }

  function gather(candidate: Identity): Evidence {
    const evidence = new Evidence()
    if (candidate.uscc) for (const id of byUscc.get(candidate.uscc)) evidence.note(id, 'uscc', WEIGHTS.uscc)
    for (const e164 of candidate.phones) {
      for (const id of byPhone.get(e164)) evidence.note(id, 'phone', WEIGHTS.phone)
      for (const id of byRelativePhone.get(e164)) evidence.note(id, 'relative', WEIGHTS.relative)
    }
    for (const e164 of candidate.relativePhones) {
      for (const id of byPhone.get(e164)) evidence.note(id, 'relative', WEIGHTS.relative)
      for (const id of byRelativePhone.get(e164)) evidence.note(id, 'relative', WEIGHTS.relative)
    }
    if (candidate.name) noteNames(candidate, evidence)
    if (candidate.address) {
      for (const id of byAddress.get(candidate.address)) evidence.note(id, 'address', WEIGHTS.address)
    }
    return evidence
  }

  function findDuplicates(candidate: CustomerProfile, options: FindOptions = {}): Match[] {
    const { limit = 10, threshold = DEFAULT_THRESHOLD } = options
    const identity = identityOf(candidate)
    const matches: Match[] = []
    for (const [id, reasons] of gather(identity).byId) {
      const knownUscc = identities.get(id)?.uscc
      const conflicting = identity.uscc !== null && knownUscc != null && knownUscc !== identity.uscc
      const match = toMatch(id, reasons, conflicting)
      if (match.score >= threshold) matches.push(match)
    }
    matches.sort((a, b) => b.score - a.score || (a.customerId < b.customerId ? -1 : 1))
    return matches.slice(0, Math.max(0, limit))
  }

  return {
    add,
    remove,
    get size() {
      return identities.size
    },
    findDuplicates,
  }
}
