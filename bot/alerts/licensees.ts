/**
 * Licensed firms named without their suffix, found by the licence they held (注销星河支付、远帆付的
 * 《支付业务许可证》, 远帆典当的典当经营许可证被吊销, 注销星河支付牌照): the licence word says they are
 * licensed institutions.
 */
import { findRegions } from '../../knowledge/regions.js';
import { DETERMINED, GENERIC, STOP, type Candidate } from './name-lexicon.js';

const LICENCE_OBJECT =
  /(?<=(?:注销|吊销|撤销|收回|取消|缴回)了?|[对把]|^|[，,：:。；;])((?:(?!注销|吊销|撤销|收回|取消|缴回|[对把了])[\u4e00-\u9fffA-Za-z0-9（）()、和及]){2,32}?)(?:[的之][《“"]?[^，,。；;！？!?\n]{0,12}?|(?<=支付|保理|典当|小贷|担保|证券|期货|信托|基金|保险)(?:经营[^，,。；;！？!?\n的]{0,6}?)?)(?:许可证|牌照|经营许可|业务许可|资质|资格)/g;

const STOP_ALL = new RegExp(STOP.source, 'g');
// Full names (…有限公司, …银行) are found by their ending; a stop word means the span is not one name.
const NOT_LICENSEE = new RegExp(`公司|银行|典当行|商行|信用社|联社|合作社|互助社|中心|交易所|场所|平台|机构|${STOP.source}`);
// Kinds of licence, not firms (跨境支付牌照, 典当经营许可证).
const LICENCE_KIND =
  /^(?:跨境|互联网|网络|线上|预付卡|银行卡|移动|数字|第三方|融资|商业|金融|经营|业务|全部|相关|原有|现有)*(?:支付|收单|保理|典当|小贷|担保|证券|期货|信托|基金|保险|金融|经营|业务)*$/;

export function licensed(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(LICENCE_OBJECT)) {
    let at = m.index as number;
    // 星河支付、远帆付两家机构支付业务许可证: the count and kind after the list are not part of its last name.
    const list = (m[1] as string).replace(/等?[两二三四五六七八九十0-9]+家[\u4e00-\u9fff]*$/, '');
    for (const written of list.split(/[、和及]/)) {
      // 辖内X典当: a scope or verb word opening the list is not part of its first name.
      const cut = [...written.matchAll(STOP_ALL)].reduce((end, s) => Math.max(end, (s.index as number) + s[0].length), 0);
      const name = written.slice(cut);
      at += cut;
      const ok =
        name.length >= 2 &&
        name.length <= 10 &&
        !GENERIC.test(name) &&
        !DETERMINED.test(name) &&
        !NOT_LICENSEE.test(name) &&
        !LICENCE_KIND.test(name) &&
        !LICENCE_KIND.test(withoutPlace(name));
      if (ok) out.push({ name, start: at, end: at + name.length, kind: 'org', role: 'plain' });
      at += name.length + 1;
    }
  }
  return out;
}

/** 香港证券牌照: a place and a kind of licence, not a firm. */
function withoutPlace(name: string): string {
  const lead = findRegions(name).find((r) => r.start === 0);
  return lead ? name.slice(lead.end) : name;
}

// 汇远支付被央行注销支付牌照: a firm named short by its licence kind, the subject of a passive closure of its licence.
const PASSIVE_LICENSEE =
  /(?<=^|[，,：:。；;\s])([\u4e00-\u9fff]{2,6}?(?:支付|付|典当|小贷|担保|保理|租赁|期货|证券|信托))(?=(?:已|已经)?[被遭][^，,。；;！？!?\n]{0,12}?(?:取消|注销|吊销|收回|撤销|缴销)[^，,。；;！？!?\n]{0,12}?(?:许可证|牌照|资格|资质|许可))/g;

export function passiveLicensees(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(PASSIVE_LICENSEE)) {
    const name = m[1] as string;
    if (GENERIC.test(name) || DETERMINED.test(name) || NOT_LICENSEE.test(name) || LICENCE_KIND.test(withoutPlace(name))) continue;
    out.push({ name, start: m.index as number, end: (m.index as number) + name.length, kind: 'org', role: 'plain' });
  }
  return out;
}
