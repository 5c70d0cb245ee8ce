/**
 * The sixth batch: written in round 4 after the first lexicon wave of that round and measured once
 * untuned (32/42 fired); the misses were then fixed by concepts (兜着/托底, 抢完就没, 流水刷够 …), so it
 * counts with the tuned batches now. SEVENTH was written after all other changes of round 4 and measured
 * once untuned (24/30 fired, 8/10 look-alikes clean); its six misses were then fixed the same way.
 */
import type { Pitch } from './challenge-offers.js';

const SIXTH: Record<string, string[]> = {
  guaranteed_return: ['本金由我们兜着，你只管拿利息', 'Zero risk to your capital, we cover any loss.', '就算亏了也是公司赔，你放一百个心'],
  high_yield: ['一万块一个月给你五百', '每周分红百分之二', "You'll pocket 4% a month, every month."],
  exchange_channel: ['这个是在天津一家金融资产交易所挂牌的'],
  pseudo_exchange: ['我们在XX权益登记中心备了案'],
  government_backing: ['这个项目是区政府招商引资的，政府兜着呢', "It's a city infrastructure project, the government pays the interest."],
  nonstandard_debt: ['认购的是某公司应收账款转让，两年期'],
  self_financing: ['钱主要用在我们集团自己开发的楼盘上'],
  public_solicitation: ['这周六在酒店开理财说明会，带身份证来领礼品', "We're running ads on WeChat Moments for this plan."],
  split_or_pooled: ['一笔大额债权拆成一万一份，人人都能买', '所有人的钱放一起统一管理，灵活调配'],
  no_custody: ['打款到法人代表个人卡上就行', "Pay via Alipay to my personal account, it's faster."],
  referral_scheme: ['你拉进来的人投多少，你拿百分之五', 'Get 10% of whatever your invitees put in.'],
  pressure_tactics: ['这批额度抢完就没有下一批了', 'Sign today, tomorrow the price doubles.'],
  unlicensed: ['我们没在证监会备案，但是有律师事务所出具意见', 'The firm has no license here but is registered in Seychelles.'],
  p2p_lending: ['把闲钱借给平台上的借款人，按月收息', 'Our lending platform connects savers with small borrowers.'],
  crypto: ['买点泰达币放平台里，每天自动生息', 'Stake your ETH with us for 30% APY.'],
  fake_platform: ['股神老师直播间每天推荐牛股，跟着买就行', "Download our trading app and follow the analyst's calls."],
  withdrawal_blocked: ['想出金？先把流水刷够三倍', 'You must pay a 15% tax before funds are released.'],
  third_party_guarantee: ['某担保集团承担连带保证责任', 'A state-owned guarantor backs every note.'],
  rollover: ['老客户的利息是用新客户的钱付的', 'When the term ends it rolls straight into the next issue automatically.'],
  secrecy: ['这个额度只给自己人，别往外说', "Please don't share this with your bank manager."],
  romance_contact: ['在游戏里认识的小哥哥带我玩一个理财平台', 'A lady I met on Tinder keeps pushing me to buy the coin she trades.'],
  hype_theme: ['区块链养老项目，国家扶持，入股就分红', 'Get these shares now, ahead of the Nasdaq listing next spring.'],
};

const SEVENTH: Record<string, string[]> = {
  guaranteed_return: ['放心投，出了问题我们公司全额赔付本金', "This plan can't lose money, principal is locked in."],
  high_yield: ['十万本金，一年下来利息能拿三万', '每天躺赚千分之三', 'Returns of 2% weekly, compounding automatically.'],
  exchange_channel: ['产品在某金融资产交易中心登记发行'],
  pseudo_exchange: ['这个收益权在地方产权交易中心挂牌融资'],
  government_backing: ['有县财政局盖章的还款承诺'],
  nonstandard_debt: ['买的是一个地产项目的债权转让份额'],
  self_financing: ['融资款项全部回流到实际控制人名下企业'],
  public_solicitation: ['扫码进群，免费听理财课还送礼品'],
  split_or_pooled: ['所有客户资金进一个大池子，统一投资'],
  no_custody: ['投资款直接微信转给业务员就可以'],
  referral_scheme: ['每发展一个会员奖励五百元', 'Earn a bonus each time someone signs up with your code and invests.'],
  pressure_tactics: ['本期额度只剩最后二十万，先到先得', 'You can lock this rate in only until Sunday night.'],
  unlicensed: ['我们是境外持牌机构，不受国内监管约束'],
  p2p_lending: ['平台做的是个人借款撮合，出借人年化10%'],
  crypto: ['把钱换成比特币放到我们的量化机器人里'],
  fake_platform: ['群里的老师每天免费推荐股票，跟着操作稳赚'],
  withdrawal_blocked: ['你的账户因异常被冻结，需缴纳解冻金', 'Before you can cash out you need to pay a 10% release charge.'],
  third_party_guarantee: ['到期若无法兑付，由保险公司履约赔付'],
  rollover: ['本产品期满后自动续期进入下一期', 'We pay existing holders using the money raised in the next series.'],
  secrecy: ['这个渠道只有少数人知道，别声张', "Don't let your kids know about this, they'll worry."],
  romance_contact: ['通过漂流瓶认识的网友，推荐我买他们平台的黄金'],
  hype_theme: ['投资乡村振兴大健康项目，国家政策扶持，分红稳定'],
};

export const SEVENTH_LOOKALIKES: string[] = [
  '工商银行定期存款一年期1.45%，受存款保险保护',
  '这只货币基金近七日年化1.9%',
  '社保卡每月到账养老金3200元',
  '某券商收益凭证，本金保障型，期限91天，年化2.6%',
  '国债逆回购1天期年化2.1%，上交所交易',
  '本行理财产品不保证本金和收益，过往业绩不代表未来',
  '我邻居被网友骗了十万，警察说这是杀猪盘',
  '提醒：凡是让你下载陌生APP投资的，都是诈骗',
];

export function sixthPitches(): Pitch[] {
  return [...Object.entries(SIXTH), ...Object.entries(SEVENTH)].flatMap(([flag, lines]) =>
    lines.map((text) => ({ flag, lang: /[\u4e00-\u9fff]/.test(text) ? ('zh' as const) : ('en' as const), text })),
  );
}
