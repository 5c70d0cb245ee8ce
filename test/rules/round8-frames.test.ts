import { describe, expect, it } from 'vitest';
import { checkOffer } from '../../rules/check-offer.js';

const ids = (text: string): string[] => checkOffer(text).flags.map((f) => f.id);

describe('round-8 frames: a request to the room, the speaker dissuading someone, a shared lesson in English', () => {
  it.each([['刚兑到底哪里违法了，有没有懂行的给讲讲'], ['资金池模式哪里有问题，谁能科普一下']])(
    'GIVEN a question put to the room without a question mark: %s THEN the term asked about does not fire',
    (text) => {
      expect(checkOffer(text)).toMatchObject({ flags: [], framing: 'question' });
    },
  );

  it('GIVEN a request to the room about an offer in hand, with its rate THEN the offer still fires', () => {
    expect(ids('有没有懂的朋友讲讲这个：资金池运作，年化15%，靠谱吗')).toEqual(expect.arrayContaining(['high_yield', 'split_or_pooled']));
  });

  it.each([
    ['同学拿来一个月息3分的“定融”问我意见，我劝他千万别碰。'],
    ['A cousin asked about a "guaranteed 15%" note; I told him not to touch it.'],
  ])('GIVEN the speaker dissuading someone from a pitch: %s THEN no flag fires', (text) => {
    expect(ids(text)).toEqual([]);
  });

  it('GIVEN a seller urging a buyer not to hesitate (我劝你别犹豫) THEN the pitch still fires', () => {
    expect(ids('我劝你别犹豫了，保本保息，年化12%，名额不多。')).toEqual(expect.arrayContaining(['guaranteed_return', 'high_yield']));
  });

  it.each([
    [
      'Back in 2017 my uncle joined a crypto mining club that paid 1% a day. It vanished. Just sharing what happened so nobody else gets burned.',
    ],
    ['说白了，宣称年化两位数还稳赚不赔的，没有一个是正规的。'],
  ])('GIVEN a past loss shared, or a class of sellers judged: %s THEN no flag fires', (text) => {
    expect(ids(text)).toEqual([]);
  });
});

describe("round-8: a bank's own referral programme, and a relative kept from a pitch", () => {
  it.each([
    ['某城商行“推荐有礼”：推荐亲戚开立储蓄卡并存入首笔款项，双方各得25元话费。'],
    ['Refer a friend to our bank and you both get a $30 credit once they open a checking account.'],
  ])("GIVEN a bank's fixed-reward referral programme: %s THEN no referral flag fires", (text) => {
    expect(ids(text)).toEqual([]);
  });

  it.each([
    ['某银行合作项目：推荐一人开户，奖励其入金额的8%。'],
    ['A bank partner programme: recruit friends and earn 5% of every deposit they make, and more from each level of your downline.'],
  ])('GIVEN a share of the recruit’s money or a tiered team under a bank’s name: %s THEN the referral flag fires', (text) => {
    expect(ids(text)).toContain('referral_scheme');
  });

  it('GIVEN someone asking how to stop a grandparent answering scam calls THEN the quoted pitch does not fire', () => {
    expect(ids('My granddad keeps getting calls promising "zero risk, 3% a month". How can I get him to stop answering them?')).toEqual([]);
  });
});

describe('round-8: who speaks — a fraudster, an asker quoting a pattern, a news programme', () => {
  it.each([
    ['不法分子往往谎称“投一万每月返一千”，专骗退休老人。'],
    ['Scammers usually tell you "this deal ends at midnight" so you have no time to check.'],
    ['Remember: if a caller says you will earn 2% a day, it’s a scam.'],
  ])('GIVEN a fraudster named as the speaker, or a verdict with a contraction: %s THEN no flag fires', (text) => {
    expect(ids(text)).toEqual([]);
  });

  it.each([
    ['别信骗子说的那些，我们这款保本保息，年化12%。', ['guaranteed_return', 'high_yield']],
    ['Fraudsters promise 3% a day; our note yields 9% a year, guaranteed.', ['guaranteed_return', 'high_yield']],
  ])('GIVEN a seller who names fraudsters as the foil: %s THEN its own claims still fire', (text, want) => {
    const got = ids(text);
    for (const id of want) expect([id, got.includes(id)]).toEqual([id, true]);
  });

  it('GIVEN a pattern quoted by someone asking about it (有人问：“…”这种模式算传销吗？) THEN it does not fire', () => {
    expect(ids('群里有人问：“拉一个人返五百”这种模式算不算传销？')).toEqual([]);
  });

  it('GIVEN a seller answering an asked question in quotes (客户问：“…”理财师说：“…”) THEN the seller’s answer fires', () => {
    expect(ids('客户问：“能保本吗？”经理说：“保本保息，年化11%。”')).toEqual(expect.arrayContaining(['guaranteed_return', 'high_yield']));
  });

  it('GIVEN a national news programme reporting a crackdown THEN the crackdown’s topic does not fire', () => {
    expect(ids('新闻联播里讲，国家严厉打击非法虚拟货币交易和挖矿活动。')).toEqual([]);
  });
});

describe('round-8: pitches dressed as remarks or stories keep their flags', () => {
  it.each([
    ['大家别再把钱存银行了，保本保息的康养项目才靠谱。', ['guaranteed_return']],
    ['Do your own research, but this token will 50x once it lists and the team has locked the liquidity.', ['crypto']],
    ['专家多次指出康养是风口，原始股上市后至少翻三倍。', ['hype_theme']],
  ])(
    'GIVEN a pitch whose opener turns the room from a licensed product, or credits an expert with hype: %s THEN it fires',
    (text, want) => {
      const got = ids(text);
      for (const id of want) expect([id, got.includes(id)]).toEqual([id, true]);
    },
  );

  it('GIVEN a story shared that ended well (a testimonial of gains) THEN it is not a lesson and its rate fires', () => {
    expect(ids('跟大家分享一下我的经历：去年在这个平台投了三万，每周稳拿2%，从没断过。')).toContain('high_yield');
  });
});
