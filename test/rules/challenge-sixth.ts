/**
 * The sixth batch: written in round 4 after the first lexicon wave of that round and measured once
 * untuned (32/42 fired); the misses were then fixed by concepts (兜着/托底, 抢完就没, 流水刷够 …), so it
 * counts with the tuned batches now.
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

export function sixthPitches(): Pitch[] {
  return Object.entries(SIXTH).flatMap(([flag, lines]) =>
    lines.map((text) => ({ flag, lang: /[\u4e00-\u9fff]/.test(text) ? ('zh' as const) : ('en' as const), text })),
  );
}
