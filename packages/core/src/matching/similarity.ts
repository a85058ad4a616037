/** Levenshtein distance, stopping early once it exceeds `max` (brands are a few characters long). */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    let rowMin = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost)
      current.push(value)
      rowMin = Math.min(rowMin, value)
    }
    if (rowMin > max) return max + 1
    previous = current
  }
  return previous[b.length] ?? max + 1
}

/**
 * The single-character deletions of a brand of three or more characters (雅丽洁 → 丽洁, 雅洁, 雅丽).
 * Two such brands one edit apart share a deletion, and a brand one character shorter is one of
 * them, so similar spellings are found by exact lookups instead of a scan.
 */
export function deletions(brand: string): string[] {
  if (brand.length < 3) return []
  const variants = new Set<string>()
  for (let i = 0; i < brand.length; i++) variants.add(brand.slice(0, i) + brand.slice(i + 1))
  return [...variants]
}

/**
 * How alike two different brands are spelled, 0..1, or 0 when they are simply different brands.
 * Two-character brands differing in one character (思萨/思远) are usually different companies, so a
 * short brand is only similar to a longer one containing it (思萨/思萨尔); brands of three or more
 * characters may differ by one edit (雅丽洁/雅丽杰).
 */
export function brandSimilarity(a: string, b: string): number {
  if (a === b) return 1
  const longest = Math.max(a.length, b.length)
  const shortest = Math.min(a.length, b.length)
  if (shortest < 2 || longest - shortest > 1) return 0
  if (shortest === 2 && !(a.includes(b) || b.includes(a))) return 0
  return editDistance(a, b, 1) <= 1 ? 1 - 1 / longest : 0
}
