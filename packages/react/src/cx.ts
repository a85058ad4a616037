/**
 * Joins class names, skipping empty ones.
 * @example
 * cx('bb-badge', undefined, 'host') // 'bb-badge host'
 */
export function cx(...names: (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(' ')
}
