import { describe, expect, it } from 'vitest';
import { checkOffer } from '../../rules/check-offer.js';
import { formatLex8, measureRound, missesOf } from './coverage-lex8-table.js';
import { LEX17 } from './coverage-lex17.js';
import { LEX17B } from './coverage-lex17b.js';

const ids = (text: string): string[] => checkOffer(text).flags.map((f) => f.id);

describe('round-17 coverage rows', () => {
  const rows = measureRound(LEX17);
  it('GIVEN every round-17 concept claimed plainly or in quoted speech THEN it fires; denied, warned or asked about THEN it does not; look-alikes raise nothing', () => {
    expect(missesOf(rows)).toEqual([]);
    expect(formatLex8(rows, 17)).toContain('| no_custody |');
  });
});

describe('round-17 coverage rows, second batch', () => {
  const rows = measureRound(LEX17B);
  it('GIVEN every second-batch concept claimed plainly or in quoted speech THEN it fires; warned or denied THEN it does not; look-alikes raise nothing', () => {
    expect(missesOf(rows)).toEqual([]);
  });
});

describe('round 17: venues and frames', () => {
  it('GIVEN a sham registry named 资产管理登记服务中心 THEN pseudo_exchange fires; GIVEN the national wealth-product and trust registries THEN nothing does', () => {
    expect(ids('本期产品已在某某资产管理登记服务中心完成登记，年息一分二，一年一付。')).toContain('pseudo_exchange');
    expect(checkOffer('在银行业理财登记托管中心可查到的银行理财，业绩比较基准3.1%，不保本。').level).toBe('low');
    expect(checkOffer('这只信托在中国信托登记有限责任公司登记过，业绩比较基准4.2%。').flags.map((f) => f.id)).not.toContain(
      'pseudo_exchange',
    );
  });

  it('GIVEN what scammers do told of scammers THEN nothing is offered; GIVEN a seller who denies being one THEN his pitch fires', () => {
    expect(checkOffer('提醒一下：骗子会让你把钱转到他个人账户，还说保本保息。').level).toBe('low');
    expect(checkOffer('Scammers will ask you to wire money to a personal account for a guaranteed 12%.').level).toBe('low');
    expect(ids('我不是骗子，你把钱转到我个人账户就行，保本保息。')).toEqual(expect.arrayContaining(['no_custody', 'guaranteed_return']));
  });
});

describe('round 17: the "three or more flags" rule counts a claim per flag', () => {
  it('GIVEN 政信 read by two flags beside a claim of its own for each THEN three flags stand for three claims', () => {
    const r = checkOffer('政信类直融项目，某市交通投资集团融资，有市里的信用背书，一万块就能上车。');
    expect(r.flags.map((f) => f.id)).toEqual(expect.arrayContaining(['government_backing', 'nonstandard_debt', 'split_or_pooled']));
    expect(r.level).toBe('high');
  });

  it('GIVEN one phrase read by two flags and nothing else THEN it is one claim', () => {
    const r = checkOffer('城投担保，年化7%。');
    expect(r.level).toBe('medium');
  });
});

describe('round 17: a question whether such a body is legitimate offers nothing', () => {
  it('GIVEN 听人说有个什么资产登记备案中心…是不是正规的 THEN nothing fires; GIVEN the offer described THEN it does', () => {
    expect(checkOffer('听人说有个什么“资产登记备案中心”在卖理财，这种机构到底是不是正规的？在哪能查到？').level).toBe('low');
    expect(ids('有个资产登记备案中心的定融，年化11%，保本保息，是不是正规的？')).toEqual(
      expect.arrayContaining(['pseudo_exchange', 'guaranteed_return']),
    );
  });
});

describe('round 17: a payout in interest on a stake, and whether one can still buy a kind of product', () => {
  it('GIVEN "$300 a month in interest on $10,000" THEN it is 36 % a year', () => {
    expect(checkOffer('Earn $300 a month in interest on $10,000.').yield?.annualPercent).toBe(36);
  });

  it('GIVEN 现在还能买金交所产品吗 asked of the kind THEN nothing fires; GIVEN an offer in hand THEN it does', () => {
    expect(checkOffer('金交所为什么都要关停？现在还能买金交所产品吗？').level).toBe('low');
    expect(ids('朋友推荐一个金交所产品，年化9%，现在还能买吗？')).toContain('exchange_channel');
  });
});
