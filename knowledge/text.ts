/**
 * Character-level text helpers shared by ingest, search and the rules. Every fold here keeps the
 * string's length, so offsets found in a folded string are offsets into the original text.
 */

/** Full-width ASCII (Ｕ＋ＦＦ０１–ＦＦ５Ｅ) and the ideographic space folded to half-width. */
const WIDE = /[\uff01-\uff5e\u3000]/g;

const HAS_WIDE = /[\uff01-\uff5e\u3000]/;

export function foldWidth(text: string): string {
  if (!HAS_WIDE.test(text)) return text;
  return text.replace(WIDE, (ch) => (ch === '\u3000' ? ' ' : String.fromCharCode((ch.codePointAt(0) as number) - 0xfee0)));
}

// Traditional → simplified for the characters of this field (offers, exchanges, platforms, money).
// A full OpenCC table is far larger; these cover what fraud pitches and news actually use, plus the
// characters of place and company names, so 遼寧金融資產交易中心 is found as a mention, not only by typo.
const TRAD = '證國資產權債險貸網幣虛擬數錢銀託穩賺賠兌擔計劃記備轉讓應帳賬額萬億週個們時間這為與號稱諾監會頭層獎勵紅薦線發團隊滿後錯過還營業關閉銷註無實際準風買賣廣東門檻據礎級僅費邊傳單簡體礦鏈區塊達運動專屬內項機構違約處罰騙詐親問題請認識說話電訊優領導師帶倉漲續紀經濟財務償長貨儲險權益統綫證資產登記備案畫點進對開將從還價當歲於書報場務產處總條業務與聯絡歷擁參幾壞減歸匯會財戶給現虧絕謹員剛購倉遼寧責慶龍蘇陝貴連漢瀋廈灣瓊誠眾華寶鐵齊爾濱園標興壽雲縣鎮廠義嶺彎衛齡';
const SIMP = '证国资产权债险贷网币虚拟数钱银托稳赚赔兑担计划记备转让应帐账额万亿周个们时间这为与号称诺监会头层奖励红荐线发团队满后错过还营业关闭销注无实际准风买卖广东门槛据础级仅费边传单简体矿链区块达运动专属内项机构违约处罚骗诈亲问题请认识说话电讯优领导师带仓涨续纪经济财务偿长货储险权益统线证资产登记备案画点进对开将从还价当岁于书报场务产处总条业务与联络历拥参几坏减归汇会财户给现亏绝谨员刚购仓辽宁责庆龙苏陕贵连汉沈厦湾琼诚众华宝铁齐尔滨园标兴寿云县镇厂义岭弯卫龄';
const TRAD_TO_SIMP = new Map<string, string>();
for (let i = 0; i < TRAD.length; i += 1) TRAD_TO_SIMP.set(TRAD[i] as string, SIMP[i] as string);

const TRAD_CHARS = new RegExp(`[${[...TRAD_TO_SIMP.keys()].join('')}]`, 'g');

/** Traditional characters of this field folded to simplified, one character for one. */
// Most text holds no traditional character: a table lookup per character finds that faster than the regex.
const IS_TRAD = new Uint8Array(0x10000);
for (const ch of TRAD_TO_SIMP.keys()) IS_TRAD[ch.charCodeAt(0)] = 1;

export function toSimplified(text: string): string {
  for (let i = 0; i < text.length; i += 1) {
    if (IS_TRAD[text.charCodeAt(i)] === 1) return text.replace(TRAD_CHARS, (ch) => TRAD_TO_SIMP.get(ch) ?? ch);
  }
  return text;
}

/** The form text is matched in: half-width, simplified, lower-case. Same length as the input. */
export function normalizeForMatch(text: string): string {
  const folded = toSimplified(foldWidth(text));
  return /[A-Z]/.test(folded) ? folded.replace(/[A-Z]/g, (c) => c.toLowerCase()) : folded;
}

export interface Span {
  text: string;
  start: number;
  end: number;
}

const SENTENCE_END = /[。！？!?；;\n]|\.(?=\s|$)/;
const CLOSERS = /[”’」』）)】〉》"']/;

/** Splits text into sentences with offsets; closing quotes and brackets stay with their sentence. */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    if (!SENTENCE_END.test(text[i] as string)) continue;
    let end = i + 1;
    while (end < text.length && CLOSERS.test(text[end] as string)) end += 1;
    pushTrimmed(spans, text, start, end);
    start = end;
    i = end - 1;
  }
  pushTrimmed(spans, text, start, text.length);
  return spans;
}

function pushTrimmed(spans: Span[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start] as string)) start += 1;
  while (end > start && /\s/.test(text[end - 1] as string)) end -= 1;
  if (end > start) spans.push({ text: text.slice(start, end), start, end });
}
