// Sample data shared by the component stories. Times are around the preview's default `now`
// (2026-03-15 10:00 Asia/Shanghai).
import { STATUSES, type Status } from '@baobei/core'

export const NOW = '2026-03-15T10:00:00+08:00'

/** Display names of the sample claimants. */
export const PEOPLE: Record<string, string> = {
  'rep-li': '李明 (Li Ming)',
  'rep-wang': '王芳 (Wang Fang)',
  'rep-zhao': '赵强 (Zhao Qiang)',
  'rep-chen': '陈静 (Chen Jing)',
}

export const claimantLabel = (id: string) => PEOPLE[id] ?? id

export const ALL_STATUSES: readonly Status[] = STATUSES

/** End of protection for a status in the samples (null when unprotected). */
export function sampleProtectedUntil(status: Status): string | null {
  switch (status) {
    case 'registered-protected':
      return '2026-04-27T09:30:00+08:00'
    case 'cooperating-protected':
      return '2026-06-02T00:00:00+08:00'
    case 'cooperating-warning':
      return '2026-03-18T16:00:00+08:00'
    default:
      return null
  }
}

export const NO_FLAGS = {
  pendingApproval: false,
  locked: false,
  inConflict: false,
  expiringSoon: false,
  inPool: false,
}

/** A valid unified social credit code (统一社会信用代码) and one with a wrong check character. */
export const VALID_USCC = '914403001922038216'
export const BAD_USCC = '91440300MA5F000000'

/** Names of the customers the fake lookups know. */
export const CUSTOMERS: Record<string, string> = {
  'c-001': '深圳市思萨科技股份有限公司',
  'c-002': '思萨科技(深圳)有限公司',
  'c-003': '广州市白云日化有限公司',
}
