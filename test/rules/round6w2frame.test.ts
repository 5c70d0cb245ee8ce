import { describe, expect, it } from 'vitest';
import { checkOffer } from '../../rules/check-offer.js';

const flags = (text: string): string[] => checkOffer(text).flags.map((f) => f.id);

describe('wave 2 frames: news of what authorities did is not an offer', () => {
  it.each([
    '据新华社消息，三省已全面取缔辖内金融资产交易所的违规业务。',
    '某区公安分局通报：已对一家网贷平台立案侦查，实际控制人被刑事拘留。',
    '中院二审宣判，某定融项目负责人犯集资诈骗罪，判处无期徒刑。',
    'Caixin: watchdogs cancelled the permits of two asset exchanges up north.',
    'That peer lending site was shut down by police last spring.',
  ])('GIVEN the news %j THEN no flag and the framing is not a claim', (text) => {
    const r = checkOffer(text);
    expect(r.flags).toEqual([]);
    expect(r.level).toBe('low');
    expect(r.framing).not.toBe('claims');
  });

  it.each([
    ['金交所都被关了，我们这款是交易中心的存量产品，年化十一个点。', 'exchange_channel'],
    ['监管清退了那些小平台，网贷里只剩我们了，利率13%。', 'p2p_lending'],
    ['虚拟币都被禁了，正是抄底的时候，USDT找我换。', 'crypto'],
    ['Police closed those bogus venues, but our desk is licensed and pays 4% a week.', 'high_yield'],
  ])('GIVEN a pitch that cites the news (%j) THEN its own flag still fires', (text, flag) => {
    expect(flags(text)).toContain(flag);
  });
});

describe('wave 2 frames: legality questions', () => {
  it.each(['国内用矿机挖比特币违不违法？', '金交所的产品现在还合法吗？', 'Is running a crypto mining rig at home legal in China?'])(
    'GIVEN the legality question %j THEN no flag, framed as a question',
    (text) => {
      const r = checkOffer(text);
      expect(r.flags).toEqual([]);
      expect(r.framing).toBe('question');
    },
  );

  it('GIVEN a legality question about an offer the asker describes elsewhere THEN the facts fire', () => {
    expect(flags('币圈的理财合法吗？他们说USDT放进去每周返2%。')).toEqual(expect.arrayContaining(['crypto', 'high_yield']));
  });
  it('GIVEN a legality question about "this" product THEN the product named is a claim', () => {
    expect(flags('这家金融资产交易中心的收益权产品合法吗？')).toContain('exchange_channel');
  });
});

describe('wave 2 subject gate: rates and financial products are money', () => {
  it('GIVEN a guarantee at a company dinner with a rate THEN the guarantee fires', () => {
    expect(flags('部门聚会上总监打包票，说这款理财产品到期刚兑，年利率八厘。')).toContain('guaranteed_return');
  });
  it('GIVEN an everyday guarantee with no money THEN nothing fires', () => {
    expect(flags('年会节目保证精彩，大家准时来。')).toEqual([]);
  });
});

describe('wave 2: 包 inside a word is no guarantee', () => {
  it('GIVEN receivables bundled (打包) into income-right products THEN no guarantee', () => {
    expect(flags('这家保理公司把上下游的应收账款打包成收益权份额卖给个人。')).not.toContain('guaranteed_return');
  });
  it('GIVEN the idiom 打包票 ("I vouch") about principal THEN the guarantee fires', () => {
    expect(flags('经理打包票说本金肯定没问题。')).toContain('guaranteed_return');
  });
  it('GIVEN 包 as its own word (包赚) THEN the guarantee fires', () => {
    expect(flags('跟着我投，包赚不赔。')).toContain('guaranteed_return');
  });
  it('GIVEN a guarantee written right after a bundle word (红包保证收益) THEN the guarantee keeps its own words', () => {
    const hit = checkOffer('抢到红包保证收益翻番。').flags.find((f) => f.id === 'guaranteed_return');
    expect(hit?.evidence[0]?.text).toBe('保证收益');
  });
});

describe('wave 2 hype_theme by concept family', () => {
  it.each([
    '候鸟式养老旅居项目，认购一套使用权，每年返租金。',
    '消费即投资，在商城花的钱年底全返。',
    '这家储能企业的原始股，准上市，内部认购。',
    '共同富裕专项基金，一份五千，按月分红。',
    'Our eldercare membership scheme pays members back in full after five years.',
  ])('GIVEN %j THEN hype_theme fires', (text) => {
    expect(flags(text)).toContain('hype_theme');
  });

  it.each([
    '某理财子推出的养老理财，不保本，业绩比较基准4%-6%。',
    '个人养老金可以买养老目标基金，也可以买特定养老储蓄。',
    '外婆的养老院每月收费四千，含餐费。',
    '超市消费满200返20元购物券。',
  ])('GIVEN the look-alike %j THEN hype_theme stays silent', (text) => {
    expect(flags(text)).not.toContain('hype_theme');
  });
});
