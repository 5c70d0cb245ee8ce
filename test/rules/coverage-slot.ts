/**
 * The `inserted` frame of the coverage generator: a trigger with a phrase put inside it. Templates
 * carry one placeholder ({name}, {amount}, {org}, {aside}, {mod}, {place}) where a seller would put a
 * quoted name, an amount, a company name, a parenthetical, a 的-modifier or a place; each is filled
 * from every phrase of its kind. Look-alike templates carry the same phrases and must raise no flag.
 * Written for this generator (round 6 wave 2, after the slot-gap change); no sentence comes from an evaluation set.
 */
import type { Lang } from './coverage-cases.js';

type Kind = 'name' | 'amount' | 'org' | 'aside' | 'mod' | 'place';

const PHRASES: Record<Lang, Record<Kind, string[]>> = {
  zh: {
    name: ['“鑫汇通”', '「金桥」', '《恒信》'],
    amount: ['5万元', '20,000元', '九千块'],
    org: ['盛达商贸有限公司', '江城置业集团'],
    aside: ['（不含节假日）', '（详见合同）'],
    mod: ['我们合作的', '他本人的', '我们老板控股的'],
    place: ['临川县', '江南', '某某市'],
  },
  en: {
    name: ['"Golden Bridge"', "'Apex Pro'"],
    amount: ['20,000 yuan', '$5k'],
    org: ['Shengda Trading Co.', 'Jiangcheng Group'],
    aside: ['(see the contract)', '(as agreed)'],
    mod: ['our', 'the'],
    place: ['Shenzhen', 'Hainan'],
  },
};

/** Pitches by flag: each template fires its flag whatever phrase fills it. */
export const SLOT_TEMPLATES: Record<string, Record<Lang, string[]>> = {
  no_custody: {
    zh: ['请把认购款转到{mod}个人账户', '款项汇入{name}老板的私人银行卡', '请把{amount}打到业务员的个人微信', '认购款请汇到{org}账户'],
    en: ['Please wire {amount} to the personal account of our manager', 'Send the money to the private account of {name}'],
  },
  fake_platform: {
    zh: ['老师让我们下载一个叫{name}的app', '客服让我安装{name}交易软件跟单'],
    en: ['The tutor asked me to install an app called {name}'],
  },
  guaranteed_return: {
    zh: ['我们保证{aside}每一期的收益按时到账', '公司保你拿回{amount}'],
    en: ['We guarantee {aside} your principal back'],
  },
  self_financing: {
    zh: ['募集资金投向{mod}关联企业', '资金用于{place}集团自己的楼盘项目'],
    en: [],
  },
  split_or_pooled: {
    zh: ['把这只私募拆成每份{amount}的小份额'],
    en: ['We pool {amount} from each of you into one account'],
  },
  referral_scheme: {
    zh: ['每推荐一位{aside}好友投资奖励500元', '邀请{name}好友入金奖励300元'],
    en: [],
  },
  pressure_tactics: { zh: ['本期额度{aside}马上抢光'], en: [] },
  government_backing: { zh: ['项目由县政府{aside}兜底'], en: [] },
  pseudo_exchange: {
    zh: ['产品在{place}资产登记托管中心备案', '债权在{place}债权登记托管平台登记确权', '项目在{place}股权备案登记中心挂牌'],
    en: [],
  },
  high_yield: { zh: ['每年{aside}两成的回报'], en: [] },
};

/** Legitimate texts with the same phrases: no flag. */
export const SLOT_LOOKALIKES: Record<Lang, string[]> = {
  zh: [
    '房租请转到房东{mod}银行卡',
    '报销款{amount}已转到员工本人的工资卡',
    '请下载{name}app办理社保业务',
    '在{place}不动产登记中心办理过户',
    '{org}的年终奖拆成两份发放',
    '今年{place}的房租一年涨了两成',
  ],
  en: ['He installed {name}, the banking app his employer uses', 'We pool {amount} of holiday money for the trip'],
};

const KIND = /\{(name|amount|org|aside|mod|place)\}/;

/** Every filling of a template: one text per phrase of its kind. */
export function fillAll(template: string, lang: Lang): string[] {
  const kind = KIND.exec(template)?.[1] as Kind | undefined;
  return kind ? PHRASES[lang][kind].map((p) => template.replace(`{${kind}}`, p)) : [template];
}
