import { definePolicy } from './define'

const days = (n: number, counting: 'instant' | 'calendar-days-inclusive' = 'instant') =>
  ({ duration: { days: n }, counting }) as const
const months = (n: number) => ({ duration: { months: n }, counting: 'instant' }) as const

/**
 * The seven seed systems as ready-made policies (SPEC §4 table).
 *
 * @example
 * const policy = presets.distributorRealty
 * policy.registration.kinds['pre-registration']?.submissionWindow // { from: '18:00', to: '21:00' }
 */
export const presets = Object.freeze({
  /**
   * 日化客户备案保护机制 (seed 000): a filing protects 3 months (⑥); a payment in the claim makes it
   * cooperating (③); 3 months without payment warns (④); 6 months releases it, open to all (⑤);
   * the first filing wins company-wide. The customer support centre (客户支持中心) manages filings.
   *
   * @example
   * decide({ type: 'register', customerId: 'c1', claimant: 'rep-1', profile: { name: '思萨日化' } },
   *   { history: [], policy: presets.dailyChemical, now: '2026-01-31T10:00:00+08:00', actor })
   */
  dailyChemical: definePolicy({
    name: '日化客户备案保护机制',
    seed: '000',
    registration: { window: months(3), requiredFields: ['name', 'address', 'phone', 'contact'] },
    cooperation: { warnAfter: { months: 3 }, releaseAfter: { months: 6 } },
    release: { to: 'open' },
    managerRoles: ['customer-support', 'sales-director'],
  }),
  /**
   * 飞达工具客户备案制度 (seed 000): a filed visit protects 3 months and each filed visit renews it;
   * a customer with sales stays protected until 6 months without sales or payment, then goes to the
   * pool for the marketing department (市场部) to assign; a walk-in who names a rep belongs to that
   * rep; a leaver's customers are reassigned by the marketing VP (营销副总经理).
   *
   * @example
   * presets.toolMaker.release.to // 'pool'
   */
  toolMaker: definePolicy({
    name: '飞达工具客户备案制度',
    seed: '000',
    registration: { window: months(3) },
    renewals: { visit: { extendsBy: months(3), requireBrought: false } },
    cooperation: { warnAfter: null, releaseAfter: { months: 6 } },
    release: { to: 'pool' },
    walkIns: { mode: 'named-rep', window: months(3) },
    managerRoles: ['marketing-vp', 'marketing-manager'],
    confidentiality: {
      viewerRoles: ['marketing-manager', 'sales-manager', 'marketing-vp', 'general-manager'],
    },
    violations: {
      'unauthorized-view': { label: '未经审批查阅客户档案', ladder: [{ fine: 100 }] },
      'unauthorized-disclosure': { label: '擅自提供客户档案', ladder: [{ fine: 100 }] },
      'file-tampering': { label: '删除、销毁客户档案', ladder: [{ fine: 500, dismiss: true }] },
      'file-copying': { label: '擅自抄录、复制客户档案', ladder: [{ fine: 500, dismiss: true }] },
    },
  }),
  /**
   * 大天数控精机事业部报备管理制度 (seed 002): a filing needs the sales supervisor's approval before
   * quoting and protects from the approval; company-level filings (公司报备) protect 12 months,
   * project-level filings (项目报备) 6 months and are scoped to their project; extension on request
   * (续延); expiry without extension counts as abandoned; one registrant per buyer or project.
   *
   * @example
   * presets.projectSales.registration.approval.required // true
   */
  projectSales: definePolicy({
    name: '大天数控精机事业部报备管理制度',
    seed: '002',
    registration: {
      defaultKind: 'company',
      window: months(12),
      kinds: { company: { window: months(12) }, project: { window: months(6) } },
      approval: { required: true, approverRoles: ['sales-supervisor'], protectFrom: 'approval' },
    },
    extension: { maxTimes: 2, by: { months: 3 }, approverRoles: ['sales-supervisor'] },
    release: { to: 'open' },
    managerRoles: ['sales-supervisor', 'general-manager'],
  }),
  /**
   * 正盛 分销商报备及管理条例 (seed 002): a pre-registration (预报备) is sent 18:00–21:00 for the next
   * day and protects that day; an on-site registration (临报备) is at least 30 minutes before the
   * visit and protects the same day; a visit protects 7 days including the day (7天包含当天) and each
   * repeat visit by the same distributor extends it; at most 30 on-site registrations per distributor
   * per day (10000 pre-registrations); an incomplete name or phone makes the filing invalid.
   *
   * @example
   * presets.distributorRealty.registration.kinds['on-site']?.perDay // 30
   */
  distributorRealty: definePolicy({
    name: '正盛 分销商报备及管理条例',
    seed: '002',
    registration: {
      defaultKind: 'on-site',
      window: days(1, 'calendar-days-inclusive'),
      kinds: {
        'pre-registration': {
          window: days(2, 'calendar-days-inclusive'),
          submissionWindow: { from: '18:00', to: '21:00' },
          perDay: 10000,
        },
        'on-site': { window: days(1, 'calendar-days-inclusive'), leadTime: { minutes: 30 }, perDay: 30 },
      },
      requiredFields: ['name', 'phone'],
      rejectIncompleteContacts: true,
    },
    renewals: { visit: { extendsBy: days(7, 'calendar-days-inclusive'), requireBrought: true } },
    release: { to: 'open' },
    warningLead: { hours: 6 },
    managerRoles: ['sales-manager'],
  }),
  /**
   * 客户权属制度 (seed 002, on-site sales): a customer brought in is protected 20 days and each later
   * brought visit extends it 20 days from that visit; natural walk-ins are house customers for good
   * (自然到访, 永久) and are served by rotation (轮接); the earliest registration wins, then the
   * appointment that produced the visit; interception and order shifting are sanctioned.
   *
   * @example
   * presets.onsiteRealty.walkIns.mode // 'house'
   */
  onsiteRealty: definePolicy({
    name: '客户权属制度',
    seed: '002',
    registration: { window: days(20) },
    renewals: { visit: { extendsBy: days(20), requireBrought: true } },
    walkIns: { mode: 'house', house: 'house', window: null },
    conflicts: { criteria: ['earliest-registration', 'appointment'], tie: 'escalate' },
    warningLead: { days: 3 },
    managerRoles: ['sales-manager', 'marketing-manager'],
    violations: {
      interception: { label: '区域范围内截客', ladder: [{ fine: 500 }] },
      'order-shifting': { label: '导客、挂单、飞单、撬客', ladder: [{ dismiss: true }] },
    },
  }),
  /**
   * 武汉源华客户报备制度 (seed 002, car dealer): follow-ups by grade H/A/B/C every 1/3/7/15 days; a
   * missed follow-up invalidates the filing; phone matches include spouse, parents and siblings;
   * disputes are settled after the customer leaves, and quarrelling before that invalidates both
   * filings and is fined 200; false filings 50 → 100 → dismissal; leaks 500.
   *
   * @example
   * presets.autoDealer.renewals.followUp?.cadence.H // { days: 1 }
   */
  autoDealer: definePolicy({
    name: '武汉源华客户报备制度',
    seed: '002',
    registration: { window: months(3), requiredFields: ['name', 'phone'] },
    renewals: {
      followUp: {
        cadence: { H: { days: 1 }, A: { days: 3 }, B: { days: 7 }, C: { days: 15 } },
        defaultGrade: 'C',
        onMissed: 'release',
      },
    },
    conflicts: { settleAfterCustomerLeaves: true, quarrelInvalidatesAll: true },
    warningLead: { hours: 12 },
    managerRoles: ['sales-manager'],
    violations: {
      leak: { label: '泄露报备', ladder: [{ fine: 500 }] },
      quarrel: { label: '客户离开前争执', ladder: [{ fine: 200 }] },
    },
  }),
  /**
   * 报备及区域撞单制度 / 客户报备制度 (seed 003, visit filing): register at least 1 day before a visit;
   * the regional manager approves; a walk-in inquiry is protected 7 days from the filing day and a
   * deposit 90 days; a tie or a joint close splits 50/50; a quarrel in front of the customer
   * invalidates both registrations; false filings 50 → 100 → dismissal, leaks 500 per customer.
   *
   * @example
   * presets.visitFiling.conflicts.tie // 'split'
   */
  visitFiling: definePolicy({
    name: '报备及区域撞单制度',
    seed: '003',
    registration: {
      defaultKind: 'company',
      window: days(7, 'calendar-days-inclusive'),
      kinds: { 'walk-in-inquiry': { window: days(7, 'calendar-days-inclusive'), leadTime: null } },
      requiredFields: ['name', 'phone', 'address'],
      leadTime: { days: 1 },
      approval: { required: true, approverRoles: ['regional-manager'], protectFrom: 'submission' },
    },
    renewals: { deposit: { window: days(90) } },
    conflicts: {
      criteria: ['earliest-registration', 'completeness', 'tracking-detail'],
      tie: 'split',
      splitShares: [50, 50],
      quarrelInvalidatesAll: true,
      settleAfterCustomerLeaves: true,
    },
    warningLead: { days: 2 },
    managerRoles: ['regional-manager', 'general-manager'],
    violations: {
      leak: { label: '泄露客户信息', ladder: [{ fine: 500 }] },
      quarrel: { label: '客户面前争吵', ladder: [{ fine: 500 }] },
      'unregistered-visit': { label: '未报备拜访', ladder: [{ warning: true }, { fine: 50 }] },
    },
  }),
})

/**
 * Names of the seven presets.
 *
 * @example
 * const name: PresetName = 'toolMaker'
 */
export type PresetName = keyof typeof presets
