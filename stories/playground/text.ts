/**
 * The Playground page's own strings (the kit's components bring theirs). Entries that take values are
 * functions so each language can order the words its own way.
 */
import type { PresetId } from './engine'
import type { Region } from './sample'
import type { LoadNotice } from './store'

export type PlaygroundLocale = 'zh-CN' | 'en-US'

export type PlaygroundText = {
  locale: PlaygroundLocale
  title: string
  intro: string
  setup: string
  preset: string
  presets: Record<PresetId, string>
  presetHint: string
  regions: Record<Region, string>
  actingAs: string
  reset: string
  notices: Record<LoadNotice | 'save-failed' | 'reset-done', string>
  dismiss: string
  date: {
    heading: string
    label: string
    earlierMonth: string
    earlierDay: string
    laterDay: string
    laterMonth: string
  }
  customers: { heading: string; name: string; owner: string; status: string; nobody: string }
  actions: {
    heading: (name: string) => string
    none: string
    amount: string
    recordPayment: string
    logVisit: string
    extend: string
    release: string
    claim: string
    register: string
    approve: string
    otherClaimant: string
    openConflict: string
    result: string
    accepted: (count: number) => string
    rejected: (reason: string) => string
    eventsAfterNow: string
    storeRefused: string
  }
  file: { heading: string; filed: (name: string) => string }
  approvals: { heading: string }
  expiring: { heading: string }
  conflicts: {
    heading: string
    none: string
    detected: string
    openDetected: (name: string, claimants: string) => string
    arbitrate: (name: string) => string
  }
  log: { heading: string; summary: (count: number) => string; empty: string }
}

const zhCN: PlaygroundText = {
  locale: 'zh-CN',
  title: '报备演练场',
  intro:
    '一个小销售团队的客户报备与保护演示。切换规则预设和当前身份,报备客户、记录回款和到访,拖动日期看状态变化。数据保存在本浏览器中。',
  setup: '演示设置',
  preset: '规则预设',
  presets: {
    dailyChemical: '日化(CS / 商超渠道)',
    toolMaker: '飞达工具',
    projectSales: '大天数控(公司 / 项目报备)',
    distributorRealty: '正盛(分销商带看)',
    onsiteRealty: '案场客户权属',
    autoDealer: '源华汽车(分级跟进)',
    visitFiling: '到访报备',
  },
  regions: { east: '华东', south: '华南', north: '华北', west: '西南', central: '华中' },
  presetHint: '切换预设会按新规则重新演示示例记录(你添加的记录会被清除)。',
  actingAs: '当前身份',
  reset: '重置演示',
  notices: {
    corrupt: '本地保存的演示数据已损坏,已恢复为示例数据。',
    'unsupported-version': '本地保存的演示数据来自其他版本,已恢复为示例数据。',
    'storage-unavailable': '浏览器存储不可用:刷新页面后数据不会保留。',
    'save-failed': '无法保存到浏览器存储:刷新页面后最近的操作会丢失。',
    'reset-done': '演示已重置为示例数据。',
  },
  dismiss: '关闭提示',
  date: {
    heading: '模拟日期',
    label: '当前日期',
    earlierMonth: '−1 个月',
    earlierDay: '−1 天',
    laterDay: '+1 天',
    laterMonth: '+1 个月',
  },
  customers: {
    heading: '客户',
    name: '客户名称',
    owner: '报备人',
    status: '状态',
    nobody: '无',
  },
  actions: {
    heading: (name) => `操作:${name}`,
    none: '请在客户列表中选择一个客户。',
    amount: '回款金额(元)',
    recordPayment: '记录回款',
    logVisit: '记录到访',
    extend: '申请顺延',
    release: '释放客户',
    claim: '从公海认领',
    register: '报备此客户',
    approve: '批准报备',
    otherClaimant: '对方报备人',
    openConflict: '发起撞单仲裁',
    result: '操作结果',
    accepted: (count) => `操作成功,已记录 ${count} 条事件。`,
    rejected: (reason) => `操作被拒绝:${reason}`,
    eventsAfterNow: '该客户有晚于当前日期的记录:请先把日期调到最近一条记录之后。',
    storeRefused: '事件未能写入日志。',
  },
  file: { heading: '报备新客户', filed: (name) => `已报备:${name}` },
  approvals: { heading: '待审批' },
  expiring: { heading: '30 天内到期' },
  conflicts: {
    heading: '撞单',
    none: '没有未裁定的撞单。',
    detected: '检测到的撞单(同区域多人到访)',
    openDetected: (name, claimants) => `发起撞单:${name}(${claimants})`,
    arbitrate: (name) => `仲裁:${name}`,
  },
  log: {
    heading: '事件日志',
    summary: (count) => `共 ${count} 条事件(只追加,不修改)`,
    empty: '暂无事件',
  },
}

const enUS: PlaygroundText = {
  locale: 'en-US',
  title: 'Baobei playground',
  intro:
    'A small sales team filing and protecting customers. Switch the policy preset and who you act as, file customers, record payments and visits, and move the date to watch statuses change. Data stays in this browser.',
  setup: 'Demo settings',
  preset: 'Policy preset',
  presets: {
    dailyChemical: 'Daily chemicals (CS & supermarket channels)',
    toolMaker: 'Tool maker',
    projectSales: 'Project sales (company & project filing)',
    distributorRealty: 'Real estate distributors',
    onsiteRealty: 'Real estate on-site sales',
    autoDealer: 'Car dealer (graded follow-up)',
    visitFiling: 'Visit filing',
  },
  regions: { east: 'East', south: 'South', north: 'North', west: 'Southwest', central: 'Central' },
  presetHint:
    'Switching presets replays the sample history under the new rules (your own events are cleared).',
  actingAs: 'Acting as',
  reset: 'Reset demo',
  notices: {
    corrupt: 'The demo data saved in this browser was corrupt, so the sample data was restored.',
    'unsupported-version':
      'The demo data saved in this browser came from another version, so the sample data was restored.',
    'storage-unavailable': 'Browser storage is unavailable: your changes will be lost on reload.',
    'save-failed': 'Could not save to browser storage: recent changes will be lost on reload.',
    'reset-done': 'The demo was reset to the sample data.',
  },
  dismiss: 'Dismiss notice',
  date: {
    heading: 'Simulated date',
    label: 'Today',
    earlierMonth: '−1 month',
    earlierDay: '−1 day',
    laterDay: '+1 day',
    laterMonth: '+1 month',
  },
  customers: {
    heading: 'Customers',
    name: 'Customer',
    owner: 'Filed by',
    status: 'Status',
    nobody: 'nobody',
  },
  actions: {
    heading: (name) => `Actions: ${name}`,
    none: 'Pick a customer in the list.',
    amount: 'Payment amount (CNY)',
    recordPayment: 'Record payment',
    logVisit: 'Log visit',
    extend: 'Request extension',
    release: 'Release customer',
    claim: 'Claim from pool',
    register: 'File this customer',
    approve: 'Approve filing',
    otherClaimant: 'Other claimant',
    openConflict: 'Open a conflict',
    result: 'Result',
    accepted: (count) => `Done: ${count} ${count === 1 ? 'event' : 'events'} recorded.`,
    rejected: (reason) => `Rejected: ${reason}`,
    eventsAfterNow:
      'This customer has events after the current date: move the date past the latest one first.',
    storeRefused: 'The events could not be added to the log.',
  },
  file: { heading: 'File a customer', filed: (name) => `Filed: ${name}` },
  approvals: { heading: 'Pending approval' },
  expiring: { heading: 'Due in the next 30 days' },
  conflicts: {
    heading: 'Conflicts',
    none: 'No open conflicts.',
    detected: 'Detected collisions (several claimants visiting)',
    openDetected: (name, claimants) => `Open conflict: ${name} (${claimants})`,
    arbitrate: (name) => `Arbitrate: ${name}`,
  },
  log: {
    heading: 'Event log',
    summary: (count) => `${count} ${count === 1 ? 'event' : 'events'} (append-only)`,
    empty: 'No events yet',
  },
}

/**
 * The Playground's strings for a locale.
 * @example playgroundText('en-US').reset // 'Reset demo'
 */
export function playgroundText(locale: PlaygroundLocale): PlaygroundText {
  return locale === 'en-US' ? enUS : zhCN
}
