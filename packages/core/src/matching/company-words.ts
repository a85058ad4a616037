// Vocabulary of Chinese company names (企业名称 = 行政区划 + 字号 + 行业 + 组织形式), kept as |-joined
// strings: they are only ever searched, and strings cost far less bundle than arrays of literals.

/** A set of words, with the longest one's length to bound suffix lookups. */
export type WordSet = { has(word: string): boolean; longest: number }

const words = (list: string): WordSet => {
  const set = new Set(list.split('|'))
  return { has: (word) => set.has(word), longest: Math.max(...[...set].map((word) => word.length)) }
}

/** Legal forms (组织形式); 集团 and 控股 may precede them. */
export const LEGAL_FORMS = /* @__PURE__ */ words(
  '集团股份有限公司|集团有限责任公司|集团有限公司|控股集团有限公司|控股有限公司|股份有限公司|有限责任公司|' +
    '有限公司|股份公司|集团公司|总公司|公司|集团|特殊普通合伙|普通合伙|有限合伙|合伙企业|个人独资企业|' +
    '股份合作制|股份合作社|专业合作社|合作社|联合社|个体工商户|实业总公司',
)

/** Words that end a branch's name; only such names are matched against {@link BRANCH}. */
export const BRANCH_END =
  /(?:分公司|分店|分厂|营业部|办事处|分部|门店|药店|分行|支行|分中心|经营部|销售部|服务部)$/

/** A branch (分支机构) named after the head office's legal form, kept in the suffix. */
export const BRANCH =
  /^(.+?)((?:集团|股份有限公司|有限责任公司|有限公司|总公司|公司)[^()]{0,16}?(?:分公司|分店|分厂|营业部|办事处|分部|门店|药店|分行|支行|分中心|经营部|销售部|服务部))$/

/** Words that end the names of individual businesses (个体工商户) and other non-company forms. */
export const SHOP_FORMS = /* @__PURE__ */ words(
  '培训学校|学校|诊所|医院|卫生院|鞋店|茶行|车行|琴行|酒行|花行|银行|幼儿园|美容院|饭庄|小面馆|面馆|律师事务所|会计师事务所|事务所|门诊部|药店|花店|' +
    '经营部|门市部|经销部|批发部|销售部|服务部|营业部|商行|商店|商铺|商场|便利店|专卖店|旗舰店|加盟店|' +
    '超市|店|厂|工作室|中心|馆|坊|铺|社|所|站|行|部|档|摊',
)

/** Trade words (行业); several may follow each other (电子科技, 服装加工). */
export const TRADES = /* @__PURE__ */ words(
  '科技|技术|信息技术|信息科技|网络科技|网络技术|电子科技|电子商务|电子|电器|电气|电力|电缆|电源|贸易|商贸|国际贸易|' +
    '进出口|实业|工业|产业|投资|投资管理|资产管理|企业管理|管理咨询|咨询|咨询服务|生物|生物科技|生物技术|生物医药|' +
    '医药|医疗|医疗器械|药业|制药|化妆品|日化|日用品|日用|化工|化学|数控|数控设备|数控机床|机械|机床|机电|设备|' +
    '自动化|智能|智能科技|房地产开发|房地产|置业|地产|物业|物业管理|汽车销售|汽车服务|汽车|汽配|汽车配件|建筑|' +
    '建设|建材|建筑工程|工程|装饰|装饰工程|装修|家具|家居|服装|服饰|鞋业|纺织|印染|食品|饮料|乳业|酒业|茶业|' +
    '餐饮|餐饮管理|酒店|酒店管理|旅游|旅行社|文化|文化传播|文化传媒|传媒|广告|教育|培训|物流|供应链|运输|货运|' +
    '仓储|快递|能源|新能源|光电|光伏|照明|五金|塑胶|塑料|包装|印刷|纸业|玩具|钢铁|金属|材料|新材料|环保|环境|' +
    '水务|农业|生态|养殖|种植|渔业|林业|矿业|石油|燃气|软件|通信|通讯|互联网|数据|大数据|半导体|集成电路|' +
    '微电子|光学|仪器|仪表|精密|模具|制品|工具|电动工具|陶瓷|卫浴|橱柜|门窗|玻璃|涂料|化纤|皮革|箱包|眼镜|珠宝|' +
    '首饰|钟表|礼品|工艺品|体育|健身|美容|美发|美容美发|健康|健康管理|养老|保健|母婴|宠物|百货|商业|商务|发展|' +
    '人力资源|劳务|保安|家政|清洁|安防|消防|电梯|空调|制冷|暖通|水泥|石材|钢结构|机器人|航空|船舶|车业|摩托车|' +
    '电动车|轮胎|润滑油|油品|粮油|蔬菜|水果|果业|茶叶|烟酒|酒类|调味品|设计|规划设计|景观|园林|绿化|测绘|检测|' +
    '认证|财务|会计|税务|金融|保险|证券|担保|融资租赁|租赁|拍卖|典当|文具|办公用品|办公设备|电脑|计算机|网络|' +
    '信息|系统|数码|影视|娱乐|音乐|艺术|出版|图书|书店|药房|大药房|医院|诊所|口腔|门诊|连锁|控股|加工|制造|生产|' +
    '维修|销售|服务|批发|零售|经营|用品|器材|配件|电子元件|元器件|照明电器|灯饰|家电|厨具|小家电|化肥|农资|种业|' +
    '饲料|乳品|肉类|水产|海产|冷链|冷冻|糖果|烘焙|饼业|面业|米业|酿酒|葡萄酒|啤酒|白酒|制衣|针织|毛纺|丝绸|鞋材|' +
    '线缆|电线|管业|阀门|泵业|轴承|紧固件|标准件|铸造|锻造|压铸|钣金|焊接|喷涂|电镀|表面处理|热处理|激光|' +
    '传感|检测技术|实验室|仪器设备|医疗科技|健康科技|美妆|个人护理|洗涤|清洁用品|纸品|卫生用品|母婴用品|企业|' +
    '保洁|摄影|复印|渔具|日杂|鞋帽|瓷器|布匹|家纺|饰品|童装|皮草|移动通信|计算机系统|重工|味业|速运|速递|客车|' +
    '牧业|绿能|光能|住宅|房产|电池|广告传播|饮食|牛肉|烤鸭|酒厂|火锅|书画|鲜花|花卉|水果|烟草|家纺用品|' +
    '酒|超市|日用化学品|化学品|纺织品|安全|安全技术|修理|汽车修理',
)

/** Latin legal-form tokens removed from foreign-style names ("Co., Ltd.", "Inc."). */
export const LATIN_FORMS = /* @__PURE__ */ new Set(
  'co|company|ltd|limited|inc|incorporated|corp|corporation|llc|plc|gmbh|ag|sa|bv|pty|group|holdings|holding|lp|llp'.split(
    '|',
  ),
)

/** Latin trade tokens. */
export const LATIN_TRADES = /* @__PURE__ */ new Set(
  (
    'technology|technologies|tech|trading|trade|electronics|electronic|electric|industrial|industries|industry|' +
    'information|network|networks|software|international|intl|import|export|imp|exp|science|sciences|biotech|' +
    'biotechnology|pharmaceutical|pharmaceuticals|pharma|cosmetics|machinery|equipment|logistics|investment|' +
    'development|manufacturing|tools|tool|cnc|sales|service|services|products|systems|e-commerce|ecommerce|commerce|medical|auto|automotive|&|and'
  ).split('|'),
)

/** Latin (pinyin or English) place tokens. */
export const LATIN_PLACES = /* @__PURE__ */ new Set(
  (
    'china|prc|shenzhen|beijing|shanghai|guangzhou|hangzhou|dongguan|foshan|xiamen|ningbo|suzhou|tianjin|' +
    'chongqing|chengdu|wuhan|nanjing|qingdao|yiwu|wenzhou|hongkong|hong|kong|hk|macau|taiwan|guangdong|zhejiang|' +
    'jiangsu|fujian|shandong|zhuhai|zhongshan|huizhou|jinan|dalian|xian|changsha|hefei|kunming'
  ).split('|'),
)
