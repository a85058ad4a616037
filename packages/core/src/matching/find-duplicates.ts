import type { CustomerProfile } from '../model/index'
import { type CustomerIndex, createCustomerIndex, type FindOptions, type Match } from './customer-index'

const isIndex = (value: unknown): value is CustomerIndex =>
  typeof (value as CustomerIndex | null)?.findDuplicates === 'function'

/**
 * Known customers that may be the candidate, best first: same USCC (certain, 1.0), same name or
 * phone (strong, ≈0.9), a linked person's phone (`relative`), similar brand in the same place and
 * trade (review, 0.6–0.8), same address (weak). Pass an index for repeated screening, or any
 * iterable of `{ id, profile }` for a one-off check.
 *
 * @example
 * findDuplicates({ name: '思萨科技(深圳)有限公司' }, [{ id: 'c1', profile: { name: '深圳市思萨科技有限公司' } }])
 * // [{ customerId: 'c1', score: 0.9, reasons: ['name'], strength: 'strong' }]
 */
export function findDuplicates(
  candidate: CustomerProfile,
  customers: Iterable<{ id: string; profile: CustomerProfile }> | CustomerIndex,
  options?: FindOptions,
): Match[] {
  if (isIndex(customers)) return customers.findDuplicates(candidate, options)
  const index = createCustomerIndex()
  for (const { id, profile } of customers) index.add(id, profile)
  return index.findDuplicates(candidate, options)
}
