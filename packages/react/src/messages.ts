import type { Status } from '@baobei/core'

/** The locales the kit ships catalogues for. */
export type Locale = 'zh-CN' | 'en-US'

/** Parts of a remaining duration, as `useCountdown` computes them. */
export type TimeParts = { days: number; hours: number; minutes: number }

/** Why a USCC (统一社会信用代码) is invalid, as `validateUscc` reports it. */
export type UsccReason = 'empty' | 'length' | 'charset' | 'authority' | 'type' | 'region' | 'check'

/**
 * Every user-visible string of the kit. Entries that take values are functions, so a
 * translation can reorder words freely; host text passed to them is rendered as text, never HTML.
 */
export type Messages = {
  status: Record<Status, string>
  flags: { pendingApproval: string; locked: string; inConflict: string; expiringSoon: string; inPool: string }
  time: { left: (parts: TimeParts) => string; expired: string; until: (date: string) => string }
  channels: Record<string, string>
  grades: Record<'H' | 'A' | 'B' | 'C', string>
  fields: {
    name: string
    uscc: string
    phone: string
    contact: string
    address: string
    channel: string
    region: string
    grade: string
    project: string
  }
  form: {
    title: string
    required: string
    requiredLegend: string
    choose: string
    submit: string
    submitting: string
    usccValid: string
    phoneValid: (kind: 'mobile' | 'landline' | 'unknown') => string
    quota: (used: number, limit: number) => string
    dailyLimit: (used: number, limit: number) => string
    submissionWindow: (from: string, to: string) => string
    outsideWindow: (from: string, to: string) => string
    blockedSubmit: string
  }
  validation: {
    required: string
    tooShort: (min: number) => string
    tooLong: (max: number) => string
    invalid: string
    phone: string
    uscc: Record<UsccReason, string>
  }
  screening: {
    label: string
    idle: string
    loading: string
    error: string
    retry: string
    new: string
    yours: string
    blocked: (holder: string, until: string | null) => string
    open: string
    review: string
    matches: string
    score: (percent: number) => string
    reasons: Record<'uscc' | 'name' | 'phone' | 'address' | 'relative', string>
  }
  /** One message per `decide` rejection code (`REJECTION_CODES`); hosts may add their own codes. */
  rejection: Record<string, string>
  conflict: {
    title: string
    kinds: Record<'duplicate-filing' | 'collision' | 'post-sale', string>
    claims: string
    claimant: string
    filedAt: string
    notFiled: string
    valid: string
    invalid: string
    completeness: string
    visits: string
    noVisits: string
    appointment: string
    tracking: string
    expectedAmount: string
    unitPrice: string
    signingDate: string
    feedback: string
    none: string
    yes: string
    no: string
    criteria: string
    criterion: string
    winner: string
    tie: string
    criterionNames: Record<string, string>
    suggested: string
    rank: (n: number) => string
    action: string
    award: string
    awardTo: string
    split: string
    shareOf: (claimant: string) => string
    remainder: string
    sharesSum: (sum: number) => string
    invalidate: string
    pool: string
    escalate: string
    escalateTo: string
    reason: string
    reasonRequired: string
    /** The customer's departure, asked for under `conflicts.settleAfterCustomerLeaves`. */
    customerLeftAt: string
    customerLeftAtHint: (timeZone: string) => string
    customerLeftAtRequired: string
    resolve: string
    cancel: string
    close: string
    describe: (resolution: string) => string
    resolutionKinds: Record<'award' | 'split' | 'invalidate-all' | 'pool' | 'escalate', string>
    quarrel: string
    jointClose: string
    roles: Record<string, string>
    violationsToConsider: string
  }
  timeline: {
    title: string
    empty: string
    loading: string
    error: string
    events: Record<string, string>
    by: (actor: string) => string
    releasedTo: Record<'open' | 'pool', string>
    releaseReasons: Record<string, string>
    nth: (n: number) => string
    fine: (amount: string) => string
  }
  approval: {
    title: string
    empty: string
    loading: string
    error: string
    submittedAt: string
    approve: string
    reject: string
    rejectReason: string
    confirmReject: string
    cancel: string
    reasonRequired: string
  }
  expiring: {
    title: string
    empty: string
    loading: string
    error: string
    dueAt: string
  }
}

const zhCN: Messages = {
  status: {
    prospect: '未登记潜在客户',
    'registered-unprotected': '已登记未合作,无客户保护',
    'cooperating-protected': '正合作有客户保护',
    'cooperating-warning': '正合作客户保护释放预警',
    released: '曾合作无客户保护完全释放',
    'registered-protected': '已登记未合作有客户保护',
  },
  flags: {
    pendingApproval: '待审批',
    locked: '已锁定',
    inConflict: '撞单中',
    expiringSoon: '即将到期',
    inPool: '公海',
  },
  time: {
    left: ({ days, hours, minutes }) =>
      days > 0 ? `剩余 ${days} 天` : hours > 0 ? `剩余 ${hours} 小时` : `剩余 ${Math.max(minutes, 1)} 分钟`,
    expired: '已到期',
    until: (date) => `保护至 ${date}`,
  },
  channels: {
    'cs-agent': 'CS渠道代理',
    'supermarket-agent': '商超渠道代理',
    'group-buy': '团购客户',
    'closed-channel': '封闭渠道客户',
    'e-commerce': '电商平台客户',
    'otc-pharmacy': 'OTC药房',
    'convenience-store': '便利店',
  },
  grades: { H: 'H 级(每天跟进)', A: 'A 级(每 3 天)', B: 'B 级(每 7 天)', C: 'C 级(每 15 天)' },
  fields: {
    name: '客户名称',
    uscc: '统一社会信用代码',
    phone: '联系电话',
    contact: '联系人',
    address: '地址',
    channel: '客户性质(渠道)',
    region: '区域',
    grade: '客户等级',
    project: '项目名称',
  },
  form: {
    title: '客户报备',
    required: '必填',
    requiredLegend: '带 * 的为必填项',
    choose: '请选择',
    submit: '提交报备',
    submitting: '提交中…',
    usccValid: '代码有效',
    phoneValid: (kind) =>
      kind === 'mobile' ? '手机号有效' : kind === 'landline' ? '座机号有效' : '号码有效',
    quota: (used, limit) => `已保护客户 ${used} / ${limit}`,
    dailyLimit: (used, limit) => `今日已报备 ${used} / ${limit}`,
    submissionWindow: (from, to) => `报备时段 ${from}–${to}`,
    outsideWindow: (from, to) => `当前不在报备时段(${from}–${to})`,
    blockedSubmit: '该客户受他人保护,无法报备',
  },
  validation: {
    required: '此项为必填',
    tooShort: (min) => `至少 ${min} 个字符`,
    tooLong: (max) => `最多 ${max} 个字符`,
    invalid: '格式不正确',
    phone: '电话号码无效(手机 11 位,座机需带区号)',
    uscc: {
      empty: '请输入统一社会信用代码',
      length: '统一社会信用代码应为 18 位',
      charset: '含有无效字符(不可使用 I、O、Z、S、V)',
      authority: '登记管理部门代码无效',
      type: '机构类别代码无效',
      region: '行政区划码无效',
      check: '校验位不正确',
    },
  },
  screening: {
    label: '查重结果',
    idle: '输入客户名称、信用代码或电话后自动查重',
    loading: '正在查重…',
    error: '查重失败,请重试',
    retry: '重试',
    new: '新客户:未发现重复,可以报备',
    yours: '该客户已由您报备',
    blocked: (holder, until) =>
      until ? `已被 ${holder} 报备保护,保护至 ${until}` : `已被 ${holder} 报备保护`,
    open: '已登记但未受保护,可以报备',
    review: '发现疑似重复客户,请核对',
    matches: '疑似匹配',
    score: (percent) => `相似度 ${percent}%`,
    reasons: { uscc: '信用代码', name: '名称', phone: '电话', address: '地址', relative: '亲属电话' },
  },
  rejection: {
    'invalid-input': '输入不正确',
    'not-authorized': '无权执行此操作',
    'protected-by-other': '该客户受他人保护',
    'already-owner': '您已是该客户的报备人',
    'already-pending': '您的报备正在审批中',
    'pending-approval-by-other': '他人报备正在审批中',
    'no-pending-filing': '没有待审批的报备',
    'missing-required-fields': '缺少必填信息',
    'outside-submission-window': '不在报备时段内',
    'lead-time-too-short': '报备时间距到访太近',
    'daily-limit-reached': '今日报备数量已达上限',
    'quota-exceeded': '保护客户数已达上限',
    'previous-owner-cooldown': '原报备人冷却期内不可再次报备',
    'in-pool': '客户在公海中',
    'not-in-pool': '客户不在公海中',
    'no-claim': '该客户目前无人报备',
    'not-owner': '您不是该客户的报备人',
    'not-protected': '该客户不在保护期内',
    'extension-limit-reached': '顺延次数已达上限',
    locked: '客户已锁定',
    'unknown-violation': '未知的违规类型',
    'unknown-conflict': '未找到该撞单记录',
    'customer-not-left': '客户离开后才能裁定撞单,请先填写客户离开时间',
    'invalid-state': '当前状态下无法执行此操作',
  },
  conflict: {
    title: '撞单仲裁',
    kinds: { 'duplicate-filing': '重复报备', collision: '撞单', 'post-sale': '成交后争议' },
    claims: '各方报备',
    claimant: '报备人',
    filedAt: '报备时间',
    notFiled: '未报备',
    valid: '有效报备',
    invalid: '无效报备',
    completeness: '资料完整度',
    visits: '到访记录',
    noVisits: '无到访',
    appointment: '预约带访',
    tracking: '跟进详情',
    expectedAmount: '预计金额',
    unitPrice: '单价',
    signingDate: '签约日期',
    feedback: '客户反馈',
    none: '无',
    yes: '是',
    no: '否',
    criteria: '裁定依据',
    criterion: '依据',
    winner: '占优方',
    tie: '持平',
    criterionNames: {
      'earliest-registration': '最早有效报备',
      completeness: '资料完整度',
      'tracking-detail': '跟进详情',
      appointment: '预约带访',
    },
    suggested: '建议裁定',
    rank: (n) => `第 ${n} 名`,
    action: '裁定方式',
    award: '判给一方',
    awardTo: '判给',
    split: '按比例分成',
    shareOf: (claimant) => `${claimant} 的比例(%)`,
    remainder: '余额',
    sharesSum: (sum) => `合计 ${sum}%`,
    invalidate: '全部报备作废',
    pool: '转入公海',
    escalate: '提交上级仲裁',
    escalateTo: '提交给',
    reason: '裁定理由',
    reasonRequired: '请填写裁定理由',
    customerLeftAt: '客户离开时间',
    customerLeftAtHint: (timeZone) =>
      `客户离开后才能裁定,不在客户面前争执;提交上级仲裁无需填写。时区:${timeZone}`,
    customerLeftAtRequired: '请填写客户离开时间',
    resolve: '确认裁定',
    cancel: '取消',
    close: '关闭',
    describe: (resolution) => `建议:${resolution}`,
    resolutionKinds: {
      award: '判给',
      split: '分成',
      'invalidate-all': '全部作废',
      pool: '转入公海',
      escalate: '上报',
    },
    quarrel: '当客户面争吵',
    jointClose: '共同成交',
    violationsToConsider: '建议记录违规:',
    roles: {
      'regional-manager': '区域经理',
      'general-manager': '总经理',
      'sales-supervisor': '销售主管',
      'sales-manager': '销售经理',
      'marketing-manager': '营销经理',
      'marketing-vp': '营销副总',
    },
  },
  timeline: {
    title: '客户动态',
    empty: '暂无记录',
    loading: '加载中…',
    error: '加载失败',
    by: (actor) => `操作人:${actor}`,
    releasedTo: { open: '释放给所有人', pool: '转入公海' },
    releaseReasons: { manual: '手动释放', lapsed: '保护期届满', 'follow-up-missed': '未按时跟进' },
    nth: (n) => `第 ${n} 次`,
    fine: (amount) => `罚款 ${amount} 元`,
    events: {
      registered: '报备客户',
      'registration-submitted': '提交报备(待审批)',
      'registration-approved': '报备已审批',
      'registration-rejected': '报备被驳回',
      'visit-logged': '记录到访',
      'follow-up-logged': '记录跟进',
      'payment-recorded': '记录回款',
      'deposit-recorded': '记录定金',
      extended: '保护期顺延',
      released: '客户释放',
      claimed: '从公海认领',
      transferred: '客户转交',
      locked: '客户锁定',
      unlocked: '解除锁定',
      'walk-in-attributed': '自然到访归属',
      'conflict-opened': '发起撞单仲裁',
      'conflict-resolved': '撞单已裁定',
      'violation-recorded': '记录违规',
    },
  },
  approval: {
    title: '待审批报备',
    empty: '没有待审批的报备',
    loading: '加载中…',
    error: '加载失败',
    submittedAt: '提交时间',
    approve: '批准',
    reject: '驳回',
    rejectReason: '驳回理由',
    confirmReject: '确认驳回',
    cancel: '取消',
    reasonRequired: '请填写驳回理由',
  },
  expiring: {
    title: '即将到期',
    empty: '近期没有到期的客户',
    loading: '加载中…',
    error: '加载失败',
    dueAt: '到期时间',
  },
}

const enUS: Messages = {
  status: {
    prospect: 'Prospect',
    'registered-unprotected': 'Registered – unprotected',
    'cooperating-protected': 'Cooperating – protected',
    'cooperating-warning': 'Cooperating – release warning',
    released: 'Released',
    'registered-protected': 'Registered – protected',
  },
  flags: {
    pendingApproval: 'Pending approval',
    locked: 'Locked',
    inConflict: 'In conflict',
    expiringSoon: 'Expiring soon',
    inPool: 'In pool',
  },
  time: {
    left: ({ days, hours, minutes }) =>
      days > 0
        ? `${days} ${days === 1 ? 'day' : 'days'} left`
        : hours > 0
          ? `${hours} h left`
          : `${Math.max(minutes, 1)} min left`,
    expired: 'Expired',
    until: (date) => `Protected until ${date}`,
  },
  channels: {
    'cs-agent': 'CS agent',
    'supermarket-agent': 'Supermarket agent',
    'group-buy': 'Group buying',
    'closed-channel': 'Closed channel',
    'e-commerce': 'E-commerce',
    'otc-pharmacy': 'OTC pharmacy',
    'convenience-store': 'Convenience store',
  },
  grades: {
    H: 'H (follow up daily)',
    A: 'A (every 3 days)',
    B: 'B (every 7 days)',
    C: 'C (every 15 days)',
  },
  fields: {
    name: 'Customer name',
    uscc: 'Unified social credit code',
    phone: 'Phone',
    contact: 'Contact person',
    address: 'Address',
    channel: 'Channel',
    region: 'Region',
    grade: 'Grade',
    project: 'Project',
  },
  form: {
    title: 'Register a customer',
    required: 'required',
    requiredLegend: 'Fields marked * are required',
    choose: 'Choose…',
    submit: 'Register',
    submitting: 'Registering…',
    usccValid: 'Valid code',
    phoneValid: (kind) =>
      kind === 'mobile' ? 'Valid mobile number' : kind === 'landline' ? 'Valid landline' : 'Valid number',
    quota: (used, limit) => `Protected customers: ${used} of ${limit}`,
    dailyLimit: (used, limit) => `Registered today: ${used} of ${limit}`,
    submissionWindow: (from, to) => `Registrations accepted ${from}–${to}`,
    outsideWindow: (from, to) => `Outside the registration window (${from}–${to})`,
    blockedSubmit: 'This customer is protected by someone else and cannot be registered',
  },
  validation: {
    required: 'This field is required',
    tooShort: (min) => `At least ${min} characters`,
    tooLong: (max) => `At most ${max} characters`,
    invalid: 'Invalid value',
    phone: 'Invalid phone number (11-digit mobile, or landline with area code)',
    uscc: {
      empty: 'Enter the unified social credit code',
      length: 'The code has 18 characters',
      charset: 'Invalid characters (I, O, Z, S and V are not used)',
      authority: 'Unknown registration authority',
      type: 'Unknown organisation type',
      region: 'Unknown region code',
      check: 'The check character does not match',
    },
  },
  screening: {
    label: 'Duplicate check',
    idle: 'Type a name, credit code or phone to check for duplicates',
    loading: 'Checking for duplicates…',
    error: 'The duplicate check failed. Try again.',
    retry: 'Retry',
    new: 'New customer: no duplicate found',
    yours: 'You have already registered this customer',
    blocked: (holder, until) => (until ? `Protected by ${holder} until ${until}` : `Protected by ${holder}`),
    open: 'Known customer without protection: you may register',
    review: 'Possible duplicates found: please check',
    matches: 'Possible matches',
    score: (percent) => `${percent}% similar`,
    reasons: {
      uscc: 'credit code',
      name: 'name',
      phone: 'phone',
      address: 'address',
      relative: "relative's phone",
    },
  },
  rejection: {
    'invalid-input': 'Invalid input',
    'not-authorized': 'You are not allowed to do this',
    'protected-by-other': 'This customer is protected by someone else',
    'already-owner': 'You already hold this customer',
    'already-pending': 'Your filing is already awaiting approval',
    'pending-approval-by-other': "Someone else's filing is awaiting approval",
    'no-pending-filing': 'There is no filing awaiting approval',
    'missing-required-fields': 'Required information is missing',
    'outside-submission-window': 'Outside the registration window',
    'lead-time-too-short': 'Filed too close to the visit',
    'daily-limit-reached': 'Daily registration limit reached',
    'quota-exceeded': 'You hold the maximum number of protected customers',
    'previous-owner-cooldown': 'Previous owners must wait before registering again',
    'in-pool': 'The customer is in the pool',
    'not-in-pool': 'The customer is not in the pool',
    'no-claim': 'Nobody holds this customer',
    'not-owner': 'You do not hold this customer',
    'not-protected': 'The customer is not protected',
    'extension-limit-reached': 'No more extensions are allowed',
    locked: 'The customer is locked',
    'unknown-violation': 'Unknown violation',
    'unknown-conflict': 'Unknown conflict',
    'customer-not-left': 'Disputes are settled after the customer has left: record when they left first',
    'invalid-state': 'Not possible in the current state',
  },
  conflict: {
    title: 'Resolve conflict',
    kinds: {
      'duplicate-filing': 'Duplicate filing',
      collision: 'Collision',
      'post-sale': 'Post-sale dispute',
    },
    claims: 'Claims',
    claimant: 'Claimant',
    filedAt: 'Filed at',
    notFiled: 'Not filed',
    valid: 'Valid filing',
    invalid: 'Invalid filing',
    completeness: 'Completeness',
    visits: 'Visits',
    noVisits: 'No visits',
    appointment: 'Appointment',
    tracking: 'Tracking detail',
    expectedAmount: 'Expected amount',
    unitPrice: 'Unit price',
    signingDate: 'Signing date',
    feedback: 'Feedback',
    none: 'None',
    yes: 'Yes',
    no: 'No',
    criteria: 'Criteria',
    criterion: 'Criterion',
    winner: 'Ahead',
    tie: 'Tie',
    criterionNames: {
      'earliest-registration': 'Earliest valid registration',
      completeness: 'Completeness of the filing',
      'tracking-detail': 'Tracking detail',
      appointment: 'Appointment',
    },
    suggested: 'Suggested resolution',
    rank: (n) => `#${n}`,
    action: 'Resolution',
    award: 'Award to one claimant',
    awardTo: 'Award to',
    split: 'Split',
    shareOf: (claimant) => `Share of ${claimant} (%)`,
    remainder: 'remainder',
    sharesSum: (sum) => `Total ${sum}%`,
    invalidate: 'Invalidate all filings',
    pool: 'Send to the pool',
    escalate: 'Escalate',
    escalateTo: 'Escalate to',
    reason: 'Reason',
    reasonRequired: 'A reason is required',
    customerLeftAt: 'Customer left at',
    customerLeftAtHint: (timeZone) =>
      `A dispute is settled only after the customer has left, never in front of them (escalating does not need it). Time zone: ${timeZone}`,
    customerLeftAtRequired: 'Enter when the customer left',
    resolve: 'Resolve',
    cancel: 'Cancel',
    close: 'Close',
    describe: (resolution) => `Suggested: ${resolution}`,
    resolutionKinds: {
      award: 'Award',
      split: 'Split',
      'invalidate-all': 'Invalidate all',
      pool: 'Pool',
      escalate: 'Escalate',
    },
    quarrel: 'Quarrel in front of the customer',
    jointClose: 'Joint close',
    violationsToConsider: 'Violations to consider recording:',
    roles: {
      'regional-manager': 'Regional manager',
      'general-manager': 'General manager',
      'sales-supervisor': 'Sales supervisor',
      'sales-manager': 'Sales manager',
      'marketing-manager': 'Marketing manager',
      'marketing-vp': 'Marketing VP',
    },
  },
  timeline: {
    title: 'Customer history',
    empty: 'Nothing recorded yet',
    loading: 'Loading…',
    error: 'Could not load the history',
    by: (actor) => `by ${actor}`,
    releasedTo: { open: 'open to everyone', pool: 'to the pool' },
    releaseReasons: {
      manual: 'released by a manager',
      lapsed: 'protection lapsed',
      'follow-up-missed': 'follow-up missed',
    },
    nth: (n) => `${n}${n === 1 ? 'st' : n === 2 ? 'nd' : n === 3 ? 'rd' : 'th'} time`,
    fine: (amount) => `fine ${amount}`,
    events: {
      registered: 'Registered',
      'registration-submitted': 'Filing submitted for approval',
      'registration-approved': 'Filing approved',
      'registration-rejected': 'Filing rejected',
      'visit-logged': 'Visit logged',
      'follow-up-logged': 'Follow-up logged',
      'payment-recorded': 'Payment recorded',
      'deposit-recorded': 'Deposit recorded',
      extended: 'Protection extended',
      released: 'Released',
      claimed: 'Claimed from the pool',
      transferred: 'Transferred',
      locked: 'Locked',
      unlocked: 'Unlocked',
      'walk-in-attributed': 'Walk-in attributed',
      'conflict-opened': 'Conflict opened',
      'conflict-resolved': 'Conflict resolved',
      'violation-recorded': 'Violation recorded',
    },
  },
  approval: {
    title: 'Filings awaiting approval',
    empty: 'No filings are waiting for approval',
    loading: 'Loading…',
    error: 'Could not load the filings',
    submittedAt: 'Submitted',
    approve: 'Approve',
    reject: 'Reject',
    rejectReason: 'Reason for rejection',
    confirmReject: 'Confirm rejection',
    cancel: 'Cancel',
    reasonRequired: 'A reason is required',
  },
  expiring: {
    title: 'Expiring soon',
    empty: 'Nothing expires soon',
    loading: 'Loading…',
    error: 'Could not load the list',
    dueAt: 'Due',
  },
}

/**
 * The built-in catalogues.
 * @example
 * catalogues['en-US'].status['cooperating-warning'] // 'Cooperating – release warning'
 */
export const catalogues: Readonly<Record<Locale, Messages>> = { 'zh-CN': zhCN, 'en-US': enUS }

/** Per-section partial overrides a host passes to `BaobeiProvider`'s `messages`. */
export type MessageOverrides = { [K in keyof Messages]?: Partial<Messages[K]> }

/**
 * The catalogue for `locale` with the host's overrides applied section by section.
 * @example
 * resolveMessages('en-US', { flags: { locked: 'Frozen' } }).flags.locked // 'Frozen'
 */
export function resolveMessages(locale: Locale, overrides?: MessageOverrides): Messages {
  const base = catalogues[locale]
  if (!overrides) return base
  const merged: Record<string, unknown> = { ...base }
  for (const [section, values] of Object.entries(overrides)) {
    const current = base[section as keyof Messages]
    merged[section] =
      typeof current === 'object' && current !== null && typeof values === 'object'
        ? { ...current, ...values }
        : values
  }
  return merged as Messages
}
