import type { Policy } from './schema'

const threeMonths = { duration: { months: 3 }, counting: 'instant' } as const

/**
 * The default rules: seed 000's canonical lifecycle (3 months registration protection, ④ after
 * 3 months and ⑤ after 6 months without payment, release open, company-wide exclusivity).
 */
export const DEFAULT_POLICY: Policy = {
  name: 'default',
  timeZone: 'Asia/Shanghai',
  scope: 'company',
  registration: {
    defaultKind: 'company',
    window: threeMonths,
    kinds: {},
    requiredFields: ['name'],
    rejectIncompleteContacts: false,
    submissionWindow: null,
    leadTime: null,
    approval: { required: false, approverRoles: ['manager'], protectFrom: 'submission' },
  },
  limits: {
    filingsPerDay: null,
    activeProtected: null,
    cooperatingCountsAsActive: false,
    poolClaimsPerDay: null,
    previousOwnerCooldown: null,
  },
  renewals: { visit: null, deposit: null, followUp: null },
  cooperation: { warnAfter: { months: 3 }, releaseAfter: { months: 6 } },
  release: { to: 'open' },
  extension: { maxTimes: 0, by: { months: 3 }, approverRoles: ['manager'] },
  walkIns: { mode: 'named-rep', house: 'house', window: threeMonths },
  conflicts: {
    criteria: ['earliest-registration', 'completeness', 'tracking-detail', 'appointment'],
    tie: 'escalate',
    splitShares: [50, 50],
    arbitrators: ['regional-manager', 'general-manager'],
    collisionWindow: { days: 7 },
    quarrelInvalidatesAll: false,
    settleAfterCustomerLeaves: false,
  },
  violations: {
    'false-filing': { label: '虚假报备', ladder: [{ fine: 50 }, { fine: 100 }, { dismiss: true }] },
  },
  confidentiality: { maskContacts: true, viewerRoles: ['manager'], grantDuration: { days: 1 } },
  retention: { period: { years: 2 }, destructionApproverRoles: ['manager'] },
  warningLead: { days: 7 },
  managerRoles: ['manager'],
  financeRoles: ['finance'],
}
