/**
 * The Playground's sample sales team and customers. Names, phones and unified social credit codes
 * (统一社会信用代码) look real and pass their check characters, but belong to nobody.
 */
import type { CustomerProfile } from '@baobei/core'

/**
 * A team member the "acting as" picker offers. A manager acts with every role the picked policy gives
 * managers, approvers, finance and arbitrators (the presets name them differently), so approvals,
 * payments and arbitration work under each preset.
 */
export type TeamMember = {
  id: string
  name: string
  manager: boolean
  region: Region
  title: { 'zh-CN': string; 'en-US': string }
}

/** Three claimants and their manager. */
export const TEAM: readonly TeamMember[] = [
  {
    id: 'wang-fang',
    name: '王芳',
    manager: false,
    region: 'east',
    title: { 'zh-CN': '华东区销售', 'en-US': 'Sales rep, East' },
  },
  {
    id: 'li-qiang',
    name: '李强',
    manager: false,
    region: 'south',
    title: { 'zh-CN': '华南区销售', 'en-US': 'Sales rep, South' },
  },
  {
    id: 'chen-jing',
    name: '陈静',
    manager: false,
    region: 'east',
    title: { 'zh-CN': '华东区分销商', 'en-US': 'Distributor, East' },
  },
  {
    id: 'zhang-wei',
    name: '张伟',
    manager: true,
    region: 'east',
    title: { 'zh-CN': '大区经理', 'en-US': 'Regional manager' },
  },
]

/** The sales regions (区域) the team and its customers belong to. */
export const REGIONS = ['east', 'south', 'north', 'west', 'central'] as const

export type Region = (typeof REGIONS)[number]

/** A customer the team knows about, filed or not. */
export type DirectoryEntry = { id: string; profile: CustomerProfile }

/** Eight customers; the sample history files six of them, two stay prospects (①). */
export const DIRECTORY: readonly DirectoryEntry[] = [
  {
    id: 'c1',
    profile: {
      name: '深圳市思萨科技股份有限公司',
      uscc: '91440300MA5D7K2N1N',
      phone: '0755-86001234',
      contact: '周立新',
      address: '广东省深圳市南山区科技园南区高新南七道18号',
      channel: 'e-commerce',
      region: 'south',
    },
  },
  {
    id: 'c2',
    profile: {
      name: '上海美洁日化有限公司',
      uscc: '91310115MA1FL3QW2L',
      phone: '13817654321',
      contact: '孙丽',
      address: '上海市浦东新区张杨路500号',
      channel: 'cs-agent',
      region: 'east',
    },
  },
  {
    id: 'c3',
    profile: {
      name: '杭州云峰商贸有限公司',
      uscc: '91330106MA27X8R437',
      phone: '0571-87651234',
      contact: '吴海涛',
      address: '浙江省杭州市西湖区文三路90号',
      channel: 'supermarket-agent',
      region: 'east',
    },
  },
  {
    id: 'c4',
    profile: {
      name: '广州百佳超市连锁有限公司',
      uscc: '91440106MA59C2T18W',
      phone: '13926001188',
      contact: '黄志明',
      address: '广东省广州市天河区天河路208号',
      channel: 'supermarket-agent',
      region: 'south',
    },
  },
  {
    id: 'c5',
    profile: {
      name: '苏州精工机械有限公司',
      uscc: '91320505MA1N6P3H97',
      phone: '0512-66881234',
      contact: '钱国栋',
      address: '江苏省苏州市虎丘区狮山路88号',
      channel: 'group-buy',
      region: 'east',
    },
  },
  {
    id: 'c6',
    profile: {
      name: '北京华联便利店有限公司',
      uscc: '91110108MA01B7Y54G',
      phone: '010-62501234',
      contact: '刘洋',
      address: '北京市海淀区中关村大街27号',
      channel: 'convenience-store',
      region: 'north',
    },
  },
  {
    id: 'c7',
    profile: {
      name: '成都蜀香食品有限公司',
      uscc: '91510107MA6CJ9KE9D',
      phone: '18980061234',
      contact: '杨帆',
      address: '四川省成都市武侯区人民南路四段1号',
      channel: 'closed-channel',
      region: 'west',
    },
  },
  {
    id: 'c8',
    profile: {
      name: '武汉楚天电子商务有限公司',
      uscc: '91420111MA4K3UQ22H',
      phone: '15827001234',
      contact: '郑凯',
      address: '湖北省武汉市洪山区珞喻路129号',
      channel: 'e-commerce',
      region: 'central',
    },
  },
]

/**
 * The first instant of the sample history; the slider runs from its day to a year later. Filings are made
 * in the evening (18:00–21:00) so the presets with a submission window accept them too.
 */
export const DEMO_START = '2026-01-05T18:30:00+08:00'

/** Where the slider starts on a first visit: mid-March at 20:00, when the statuses are nicely mixed. */
export const DEMO_NOW = '2026-03-16T20:00:00+08:00'

/** One step of the sample history: who did what, when (the Playground runs it through `decide`). */
export type SeedStep =
  | { at: string; actor: string; type: 'register'; customerId: string }
  | { at: string; actor: string; type: 'approve'; customerId: string; claimant: string }
  | { at: string; actor: string; type: 'record-payment'; customerId: string; amount: number }
  | { at: string; actor: string; type: 'log-visit'; customerId: string }

/**
 * The sample history, in time order. Approvals only succeed under presets that require them; the
 * Playground skips steps the picked preset rejects.
 */
export const SEED: readonly SeedStep[] = [
  { at: '2026-01-05T18:30:00+08:00', actor: 'wang-fang', type: 'register', customerId: 'c2' },
  {
    at: '2026-01-05T19:30:00+08:00',
    actor: 'zhang-wei',
    type: 'approve',
    customerId: 'c2',
    claimant: 'wang-fang',
  },
  { at: '2026-01-12T18:30:00+08:00', actor: 'li-qiang', type: 'register', customerId: 'c1' },
  {
    at: '2026-01-12T19:30:00+08:00',
    actor: 'zhang-wei',
    type: 'approve',
    customerId: 'c1',
    claimant: 'li-qiang',
  },
  { at: '2026-01-20T18:30:00+08:00', actor: 'li-qiang', type: 'register', customerId: 'c4' },
  {
    at: '2026-01-20T19:30:00+08:00',
    actor: 'zhang-wei',
    type: 'approve',
    customerId: 'c4',
    claimant: 'li-qiang',
  },
  {
    at: '2026-01-28T14:00:00+08:00',
    actor: 'li-qiang',
    type: 'record-payment',
    customerId: 'c4',
    amount: 26800,
  },
  { at: '2026-02-02T18:30:00+08:00', actor: 'wang-fang', type: 'register', customerId: 'c3' },
  {
    at: '2026-02-02T19:30:00+08:00',
    actor: 'zhang-wei',
    type: 'approve',
    customerId: 'c3',
    claimant: 'wang-fang',
  },
  {
    at: '2026-02-10T15:20:00+08:00',
    actor: 'li-qiang',
    type: 'record-payment',
    customerId: 'c1',
    amount: 38000,
  },
  { at: '2026-02-16T18:30:00+08:00', actor: 'chen-jing', type: 'register', customerId: 'c8' },
  {
    at: '2026-02-16T19:30:00+08:00',
    actor: 'zhang-wei',
    type: 'approve',
    customerId: 'c8',
    claimant: 'chen-jing',
  },
  { at: '2026-02-20T14:30:00+08:00', actor: 'wang-fang', type: 'log-visit', customerId: 'c3' },
  {
    at: '2026-02-25T11:10:00+08:00',
    actor: 'chen-jing',
    type: 'record-payment',
    customerId: 'c8',
    amount: 12500,
  },
  { at: '2026-03-02T18:30:00+08:00', actor: 'chen-jing', type: 'register', customerId: 'c5' },
  {
    at: '2026-03-05T16:40:00+08:00',
    actor: 'wang-fang',
    type: 'record-payment',
    customerId: 'c3',
    amount: 54200,
  },
]

/** Who the Playground acts as on a first visit. */
export const FIRST_MEMBER: TeamMember = TEAM[0] as TeamMember

/**
 * A team member by id.
 * @example memberOf('zhang-wei')?.name // '张伟'
 */
export function memberOf(id: string): TeamMember | undefined {
  return TEAM.find((member) => member.id === id)
}
