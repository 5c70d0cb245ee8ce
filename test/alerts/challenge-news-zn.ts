/**
 * Challenge batch ZN (round 6b): closures with hard names — long official names with brackets, 分公司
 * and 支行 written as what closed, names with Latin letters or digits, two entities joined by 和/及/与,
 * a quoted brand followed by its operator. Written before the changes it drove; first figure in the
 * issue-16 note. All names are invented. A branch (分公司, 支行, 营业部) written after its firm is a part of an
 * institution that goes on, so its closure is no closure (as in ZP9 and every round before); those items
 * were first written as closures and turned into distractors after the first run (see the note).
 */
import type { ChallengeItem } from './challenge-news.js';

const d = (title: string, summary = ''): ChallengeItem => ({ title, summary, closure: false, entities: [] });
const c = (title: string, summary: string, entities: string[]): ChallengeItem => ({ title, summary, closure: true, entities });

export const ZN: ChallengeItem[] = [
  c('青川（海南）跨境金融资产交易中心股份有限公司被取消交易场所资质', '', ['青川（海南）跨境金融资产交易中心股份有限公司']),
  c('广元宏达融资担保股份有限公司（原广元宏达担保有限公司）被注销融资担保业务经营许可证', '', ['广元宏达融资担保股份有限公司']),
  c('市场监管局吊销星辰商业保理（天津）有限公司营业执照', '', ['星辰商业保理（天津）有限公司']),
  d('远洋财产保险股份有限公司宁波分公司获准撤销'),
  c('注销星海典当有限公司及其下属两家分公司的典当经营许可证', '', ['星海典当有限公司']),
  d('金融监管局核准撤销江南农村商业银行股份有限公司城西支行'),
  c('富川村镇银行股份有限公司解散，原营业网点改设为江南农村商业银行股份有限公司富川支行', '', ['富川村镇银行股份有限公司']),
  c('注销Nova Capital Management (HK) Limited的放债人牌照', '', ['Nova Capital Management (HK) Limited']),
  c('E贷通（北京）网络科技有限公司运营的网贷平台清退完毕', '', ['E贷通（北京）网络科技有限公司']),
  c('取缔“365金服”平台', '平台运营方为上海三六五网络科技有限公司。', ['365金服', '上海三六五网络科技有限公司']),
  c('“ABC钱包”及其运营方深圳零壹数字科技有限公司被依法查处关停', '', ['ABC钱包', '深圳零壹数字科技有限公司']),
  c('泰安瑞丰小额贷款有限公司和泰安恒源小额贷款有限公司被取消经营资格', '', ['泰安瑞丰小额贷款有限公司', '泰安恒源小额贷款有限公司']),
  c('注销长兴典当有限责任公司及湖州永泰典当有限公司典当经营许可证', '', ['长兴典当有限责任公司', '湖州永泰典当有限公司']),
  c('撤销宁海金汇融资租赁有限公司与宁海金瑞商业保理有限公司试点资格', '', ['宁海金汇融资租赁有限公司', '宁海金瑞商业保理有限公司']),
  c('“蜜蜂贷”运营主体杭州蜂巢金融信息服务有限公司已注销', '', ['蜜蜂贷', '杭州蜂巢金融信息服务有限公司']),
  c('“金多多”（深圳金多多互联网金融服务有限公司）宣布良性退出', '', ['金多多', '深圳金多多互联网金融服务有限公司']),
  c('“惠民通”网贷平台及其运营公司惠民通（武汉）信息技术有限公司停止运营', '', ['惠民通', '惠民通（武汉）信息技术有限公司']),
  c('中融汇通（2018）投资管理有限公司的管理人登记已被注销', '', ['中融汇通（2018）投资管理有限公司']),
  d('吊销东方嘉业典当（上海）有限公司第二营业部经营许可'),
  c('国家金融监督管理总局批准宏信人寿保险股份有限公司解散', '', ['宏信人寿保险股份有限公司']),
];

/** Fresh hard names written after the ZN fixes, measured once before any further change. */
export const ZN2: ChallengeItem[] = [
  c('恒丰（集团）融资担保股份有限公司融资担保业务经营许可证被收回', '', ['恒丰（集团）融资担保股份有限公司']),
  c('注销“58财富”平台运营方五八财富（北京）信息技术有限公司相关备案', '', ['58财富', '五八财富（北京）信息技术有限公司']),
  c('取消广州ETC数字资产交易中心有限公司交易场所资格', '', ['广州ETC数字资产交易中心有限公司']),
  c('Bright Moon Finance Limited与Blue Ocean Credit Limited被撤销放债人牌照', '', [
    'Bright Moon Finance Limited',
    'Blue Ocean Credit Limited',
  ]),
  c('宏远小额贷款有限公司、瑞通小额贷款股份有限公司及金源小额贷款有限责任公司退出小贷行业', '', [
    '宏远小额贷款有限公司',
    '瑞通小额贷款股份有限公司',
    '金源小额贷款有限责任公司',
  ]),
  c('“米粒贷”和“豆豆钱”两个平台关停，运营方均为杭州米豆网络科技有限公司', '', ['米粒贷', '豆豆钱', '杭州米豆网络科技有限公司']),
  c('银保监会批复同意中原信泰人寿保险股份有限公司解散并清算', '', ['中原信泰人寿保险股份有限公司']),
  c('吊销湖南3D打印金融服务有限公司的经营许可证', '', ['湖南3D打印金融服务有限公司']),
  c('厦门国际金融资产交易中心（有限合伙）清算注销', '', ['厦门国际金融资产交易中心（有限合伙）']),
  c('“点金石”网贷平台正式清退完毕，其运营主体为点金石（上海）互联网金融信息服务有限公司', '', [
    '点金石',
    '点金石（上海）互联网金融信息服务有限公司',
  ]),
  c('海南e家金服网络科技有限公司被取缔', '该公司以网络借贷为名非法吸收公众资金。', ['海南e家金服网络科技有限公司']),
  c('中泰第一典当行有限公司与中泰第二典当行有限公司同日被注销', '', ['中泰第一典当行有限公司', '中泰第二典当行有限公司']),
  c('重庆两江新区（自贸区）融资租赁有限公司被移出监管名单', '', ['重庆两江新区（自贸区）融资租赁有限公司']),
  c('关停“U币网”虚拟货币交易平台', '平台由优币网络科技（深圳）有限公司运营。', ['U币网', '优币网络科技（深圳）有限公司']),
  c('山东鲁信(济南)小额贷款股份有限公司被取消小贷试点资格', '', ['山东鲁信(济南)小额贷款股份有限公司']),
  c('撤销金海湾村镇银行股份有限公司', '经批准，该行由承接行吸收合并后依法撤销。', ['金海湾村镇银行股份有限公司']),
];

export const ZN_BATCHES: ReadonlyArray<readonly [label: string, items: ChallengeItem[]]> = [
  ['ZN', ZN],
  ['ZN2', ZN2],
];
