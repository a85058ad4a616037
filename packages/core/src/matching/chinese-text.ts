// Traditional → simplified for the characters common in company names (legal forms, trades, places).
const TRADITIONAL =
  '華國廣東電貿實業資訊術網絡醫藥場車銷發開產團體經營門廠廳飲貨運輸設計裝飾築環護機農藝務諮詢顧問傳樂際區縣灣臺島陽濟寧龍鳳雲馬豐興達遠進聯創聖億萬權與為長寶鋼鐵銀紡織製衛膠礦燈熱氣專線纜軟數碼視聽圖書畫軒閣樓園莊鄉鎮滬蘇遼陝貴責昇順灃漢陸麗禮節紀點賓館廈鮮條號個頭價標準測試驗貝厲勝倫紅綠藍黃漁鑄錦鏈雙偉韓吳劉陳張楊趙鄭謝師齊韻樸義烏溫蘭邊嶺潔淨潤澤滙匯盤鋪韋頓壽鐘飯麵雞豬魚鳥導財稅險證紙塗輪傢櫃鎖鑽葉風員總會協學辦處補貸換檢蔣羅孫滿優質選購買賣響屬廢舊鍍鋁銅錫鎳顏倉儲庫層連婦嬰髮妝膚飛幣歐亞紐約絲統鴻薩紗綿絨鏡鍊頁題類鄧銘綸緯維縫紋綢'
const SIMPLIFIED =
  '华国广东电贸实业资讯术网络医药场车销发开产团体经营门厂厅饮货运输设计装饰筑环护机农艺务咨询顾问传乐际区县湾台岛阳济宁龙凤云马丰兴达远进联创圣亿万权与为长宝钢铁银纺织制卫胶矿灯热气专线缆软数码视听图书画轩阁楼园庄乡镇沪苏辽陕贵责升顺沣汉陆丽礼节纪点宾馆厦鲜条号个头价标准测试验贝厉胜伦红绿蓝黄渔铸锦链双伟韩吴刘陈张杨赵郑谢师齐韵朴义乌温兰边岭洁净润泽汇汇盘铺韦顿寿钟饭面鸡猪鱼鸟导财税险证纸涂轮家柜锁钻叶风员总会协学办处补贷换检蒋罗孙满优质选购买卖响属废旧镀铝铜锡镍颜仓储库层连妇婴发妆肤飞币欧亚纽约丝统鸿萨纱绵绒镜炼页题类邓铭纶纬维缝纹绸'

const TO_SIMPLIFIED: ReadonlyMap<string, string> = /* @__PURE__ */ new Map(
  [...TRADITIONAL].map((char, i) => [char, SIMPLIFIED.charAt(i)]),
)
const TRADITIONAL_CHAR = /* @__PURE__ */ new RegExp(`[${TRADITIONAL}]`, 'g')
const ONLY_IDEOGRAPHS = /^[\u4e00-\u9fff]*$/

// Brackets NFKC leaves alone: 【】〔〕［］「」『』〈〉《》.
const OPEN_BRACKETS = /[【〔［「『〈《[{]/g
const CLOSE_BRACKETS = /[】〕］」』〉》\]}]/g

/** True when the text contains a CJK ideograph. */
export const hasHan = (text: string): boolean => /\p{Script=Han}/u.test(text)

/**
 * Canonical text for comparing names: NFKC (full-width → half-width), every bracket as `()`,
 * traditional → simplified for common characters, Latin in lower case, whitespace collapsed to
 * single spaces and removed next to Chinese characters.
 */
export function canonicalText(text: string): string {
  // Fast path for the common all-ideograph name: NFKC, brackets, case and spaces change nothing.
  if (ONLY_IDEOGRAPHS.test(text))
    return text.replace(TRADITIONAL_CHAR, (char) => TO_SIMPLIFIED.get(char) ?? char)
  return text
    .normalize('NFKC')
    .replace(TRADITIONAL_CHAR, (char) => TO_SIMPLIFIED.get(char) ?? char)
    .replace(OPEN_BRACKETS, '(')
    .replace(CLOSE_BRACKETS, ')')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/ ?([\p{Script=Han}()]) ?/gu, '$1')
    .trim()
}
