import { describe, expect, it } from 'vitest';
import { checkOffer } from '../../rules/check-offer.js';
import { extractYields } from '../../rules/numbers.js';

// Our own wording throughout. Round 19, issue 15: a down payment and a fund's distribution rate are no
// yields; a general "how can I tell" asks about a term; unlicensed, rollover, self-financing and an
// individual's account in more words.
const ids = (text: string): string[] => checkOffer(text).flags.map((f) => f.id);

describe('round 19: percentages that are not a return', () => {
  it.each([
    'We bought the flat with 30% down and a 4.1% mortgage.',
    'The car dealer wants 15% down, the rest over three years.',
    '这只公募REITs过去一年的现金分派率约7.1%，价格随市场波动。',
  ])('GIVEN %s THEN no yield is read and no flag fires', (text) => {
    expect(extractYields(text)).toEqual([]);
    expect(checkOffer(text).level).toBe('low');
  });

  it('GIVEN a rate that merely went down to a figure THEN it is still read when it is a return', () => {
    expect(ids('Returns never went down: 12% a year, paid monthly.')).toContain('high_yield');
  });
});

describe('round 19: a general "how can I tell" is a question about a term', () => {
  it.each([
    'What is a filing-centre product (登记备案中心) and how do I know if a product is registered with one?',
    'What does "guaranteed principal" mean, and how can investors spot it in a contract?',
  ])('GIVEN %s THEN no flag fires', (text) => {
    expect(ids(text)).toEqual([]);
  });

  it('GIVEN the question points at an offer in hand THEN it is checked', () => {
    expect(ids('How can I tell if this guaranteed 12% product is legit?')).toContain('guaranteed_return');
  });
});

describe('round 19: flags in more words', () => {
  it.each([
    ['这家公司未取得任何金融业务许可，却在小区里吸收存款。', 'unlicensed'],
    ['到期不用担心，我们拿新投资人的钱来付老客户的本息。', 'rollover'],
    ['项目募集的资金全部回流集团，用于集团地产开发，年化8%。', 'self_financing'],
    ['We are raising funds for our parent group, 7% a year.', 'self_financing'],
    ['Please wire the deposit to an individual account the manager gives you.', 'no_custody'],
  ])('GIVEN %s THEN %s fires', (text, flag) => {
    expect(ids(text)).toContain(flag);
  });

  it.each([
    ['该平台已取得金融业务许可，资金由银行存管。', 'unlicensed'],
    ['基金募集资金投向新能源项目，不承诺保本。', 'self_financing'],
  ])('GIVEN %s THEN %s does not fire', (text, flag) => {
    expect(ids(text)).not.toContain(flag);
  });
});

describe('round 19: more wordings of romance, fake-platform, buyback and rollover pitches', () => {
  it.each([
    ['Met a woman on a chess app last month; she now wants me to invest through her trading site.', 'romance_contact'],
    ['Just open an account on her "silver trading" platform and follow along.', 'fake_platform'],
    ['网上认识的哥哥让我在他推荐的app里充值买币。', 'fake_platform'],
    ['Our holding company signs a buyback commitment at maturity, 9% a year.', 'third_party_guarantee'],
    ['Coupons on tranche 7 are paid from tranche 8 money, 10% p.a.', 'rollover'],
    ['第3期的利息用第4期募集的钱来付，年化10%。', 'rollover'],
    ['We rely on rolling issuance to keep payouts on schedule, 12% yearly.', 'rollover'],
  ])('GIVEN %s THEN %s fires', (text, flag) => {
    expect(ids(text)).toContain(flag);
  });

  it.each([
    'Beware of fake brokers: if a stranger online pushes you into a trading app, stop and report it.',
    'Watch out for love scams: if an online girlfriend asks you to trade USDT on her platform, stop and report it.',
    '提醒大家：网上认识的人让你下载app买币，请立即报警。',
  ])('GIVEN the warning %s THEN nothing fires', (text) => {
    expect(ids(text)).toEqual([]);
  });
});

describe('round 19: an account screen, a bill instalment, fiat money and a curious question are no pitches', () => {
  it.each([
    '基金APP截图：总资产 18,204.50，昨日收益 1.37，七日年化 1.61%。',
    '银行客服说可以办账单分期，2万分6期，每期手续费率0.55%，折算年化约12%，要不要办？',
    '数字人民币是人民银行发行的法定货币，用来消费支付，不是投资品。',
    '群里有人老说“币圈”“USDT”，USDT到底是什么？我没买，也不打算买，就想了解一下。',
  ])('GIVEN %s THEN the level is low', (text) => {
    expect(checkOffer(text).level).toBe('low');
  });

  it('GIVEN a daily rate said without a percent sign in a pitch THEN it is still read', () => {
    expect(ids('跟着老师做，日收益2，稳赚不赔')).toContain('high_yield');
  });
});
