import { describe, expect, it } from 'vitest';
import { foldCantonese } from '../../rules/cantonese.js';
import { checkOffer } from '../../rules/check-offer.js';
import { normalizeForMatch } from '../../knowledge/text.js';
import { measureCauses } from './causes-table.js';

const ids = (text: string): string[] => checkOffer(text).flags.map((f) => f.id);

describe('round 13, precision and frames', () => {
  it('GIVEN a complaint taken down (受害人反映, 来电人称, "caller says") THEN the case keeps its flags', () => {
    expect(ids('受害人反映：业务员向其推销保本保息的理财，要求当天打款。')).toContain('guaranteed_return');
    expect(ids('来电人称其母亲买了USDT理财，现在提不了现，能不能追回本金？')).toContain('crypto');
    expect(ids('来电人称：朋友拉他投了某金融资产交易中心发行的产品，现在爆雷了，能不能追回？')).toContain('exchange_channel');
  });

  it("GIVEN a court's report of what the victims said, or a recovery completed THEN nothing is claimed", () => {
    expect(ids('据警方通报，受害人称被告人以保本保息、年化12%为诱饵吸收资金，目前案件正在审理中。')).toEqual([]);
    expect(ids('感谢民警，我们已经追回了部分本金，当时那个平台说年化12%，后来才知道是骗局。')).toEqual([]);
  });

  it('GIVEN a legality question that tells its pitch THEN the pitch is checked; GIVEN one about a term THEN nothing fires', () => {
    const told = ids('Is it legal for a company to sell me a "guaranteed" plan at 7% a year via a WeChat Moments ad?');
    expect(told).toEqual(expect.arrayContaining(['guaranteed_return', 'high_yield', 'public_solicitation']));
    expect(ids('业务员在群里向我推销保本保息、年化10%的产品，合不合法？')).toContain('guaranteed_return');
    expect(ids('Is it legal to promise guaranteed returns on a wealth product?')).toEqual([]);
    expect(ids('Is it legal to sell wealth products on WeChat Moments?')).toEqual([]);
    expect(ids('月息2分违法吗？')).toEqual([]);
  });

  it("GIVEN a venue's status asked and then the offer made there THEN the venue is the offer's; asked alone THEN it is not", () => {
    expect(ids('Is the Guizhou financial asset exchange still operating? My aunt was offered a plan there at 9.5% a year.')).toContain(
      'exchange_channel',
    );
    expect(ids('鑫融P2P平台还在运营吗？业务员说在那里投一年有11%，让我下周打款。')).toContain('p2p_lending');
    expect(ids('贵州某金融资产交易中心还在运营吗？听说都关停了。')).toEqual([]);
    expect(ids('Is the Guizhou financial asset exchange still operating? I read that all of them were shut down.')).toEqual([]);
  });

  it('GIVEN a firm said to offer something THEN it is a pitch; GIVEN a class judged by its claim THEN it is a warning', () => {
    expect(
      ids('A wealth management firm offers a receivables income-right transfer product with an expected annual return of 9%.'),
    ).toEqual(expect.arrayContaining(['nonstandard_debt', 'high_yield']));
    expect(ids('Someone offered my mother a plan with guaranteed returns of 15% a year.')).toContain('guaranteed_return');
    expect(ids('Any app offering 1% a day is a Ponzi.')).toEqual([]);
    expect(ids('Products that promise guaranteed 12% returns are scams.')).toEqual([]);
  });

  it("GIVEN Cantonese negators in a licensed product's words THEN nothing fires; GIVEN Cantonese claims THEN the guarantee fires", () => {
    expect(ids('呢个产品唔保本，业绩比较基准2.8%，系银行柜台买嘅。')).toEqual([]);
    expect(ids('佢话呢个唔系金交所产品，系银行自己嘅定期存款，有存款保险。')).toEqual([]);
    expect(ids('呢个产品系咪保本㗎？')).toEqual([]);
    expect(ids('呢個產品係冇風險嘅，年回報10%，好多人都買咗。')).toContain('guaranteed_return');
    expect(ids('保證冇風險，錢放喺我哋度一年有15%。')).toContain('guaranteed_return');
  });

  it('GIVEN Cantonese text THEN the fold keeps its length and leaves Mandarin 系 and 呢 alone', () => {
    const norm = normalizeForMatch('呢個產品唔保本，係咪？我哋冇風險');
    expect(foldCantonese(norm)).toBe('这个产品不保本,是否?我们无风险');
    const mandarin = normalizeForMatch('联系客服，关系户呢？这个系列呢？');
    expect(foldCantonese(mandarin)).toBe(mandarin);
  });

  it("GIVEN a fund's factsheet THEN its past return is no yield; GIVEN a promise beside it THEN the promise fires", () => {
    expect(ids('Fund factsheet: up 18% last year, annual management fee 1.2%, maximum drawdown 12%. Does this look sound?')).toEqual([]);
    expect(ids('Our fund returned 18% last year, management fee 1%, and we guarantee 15% next year.')).toContain('high_yield');
  });

  it('GIVEN the round-13 challenge THEN every control stays clean and at least 7 in 8 pitches of each cause keep their flag', () => {
    const r13 = measureCauses().filter((r) => r.cause.id.startsWith('r13p_') && !r.cause.heldOut);
    const clean = r13.filter((r) => r.cause.kind === 'clean');
    expect(clean.map((r) => [r.cause.id, r.misses])).toEqual(clean.map((r) => [r.cause.id, []]));
    for (const r of r13.filter((c) => c.cause.kind === 'fire'))
      expect([r.cause.id, r.ok / r.cause.texts.length >= 0.85]).toEqual([r.cause.id, true]);
  });

  it('GIVEN a pitch told to the asker before the news it is set against THEN the pitch keeps its flag', () => {
    expect(ids('我舅舅说这个P2P平台年化13%，让我也投，新闻上说P2P都关了，他说这家还在，能信吗？')).toContain('p2p_lending');
    expect(ids('据业务员介绍，这款定融产品由城投公司担保，年化9.5%，一万起投。')).toContain('nonstandard_debt');
    expect(ids('客户经理原话：“这款产品政府兜底，年化9%，稳赚不赔。”这种话能信吗？')).toContain('guaranteed_return');
    expect(ids('据警方介绍，该团伙以年化12%、保本保息为诱饵，已骗取多名老人钱财。')).toEqual([]);
    expect(ids('“保本保息、年化20%”，这种话你也信？')).toEqual([]);
  });
});
