import { describe, expect, it } from 'vitest';
import { checkOffer } from '../../rules/check-offer.js';
import { measureCauses } from './causes-table.js';

const ids = (text: string): string[] => checkOffer(text).flags.map((f) => f.id);

describe('round 15, precision', () => {
  it('GIVEN behaviour words about an everyday subject with no money THEN nothing fires; GIVEN money beside them THEN they do', () => {
    expect(ids("Don't tell anyone about the surprise party plan")).toEqual([]);
    expect(ids('do not disclose your verification code to anyone')).toEqual([]);
    expect(ids('转发给身边朋友：本周六社区义诊，免费量血压。')).toEqual([]);
    expect(ids("Don't tell anyone, this fund pays 2% a week and we guarantee your principal.")).toContain('secrecy');
    expect(ids('Hurry, the pool closes at midnight, send the USDT now.')).toContain('pressure_tactics');
  });

  it('GIVEN one phrase read by two flags THEN it counts once for the three-flags rule', () => {
    const one = checkOffer('城投担保的定融，年化5%');
    expect(one.flags.map((f) => f.id)).toEqual(expect.arrayContaining(['government_backing', 'third_party_guarantee', 'nonstandard_debt']));
    expect(one.level).toBe('medium');
    expect(checkOffer('城投担保，定融产品，年化5%，朋友圈推广').level).toBe('high');
  });

  it('GIVEN a word named as a word and asked about THEN nothing fires; GIVEN a named product with a rate THEN it does', () => {
    expect(ids('听说有个叫定融的东西，这到底是啥意思？')).toEqual([]);
    expect(ids('I keep hearing about something called "rollover financing"; what is it?')).toEqual([]);
    expect(ids('有个叫鑫融的平台，年化15%，保本，能投吗？')).toContain('guaranteed_return');
  });

  it("GIVEN a share of a policy's sum assured THEN it is no yield; GIVEN a rate beside insurance words THEN it is", () => {
    expect(ids('保险公司年金险，合同约定第五年起每年返还基本保额的20%，现金价值以合同附表为准。')).toEqual([]);
    expect(ids('The critical-illness policy pays 30% of the sum insured for an early-stage diagnosis.')).toEqual([]);
    expect(ids('这款保险理财每年返还本金的20%，年化收益12%，保本。')).toContain('high_yield');
  });

  it('GIVEN a class told by its habits or judged THEN it is a warning; GIVEN our product set against it THEN it fires', () => {
    expect(ids('这类产品往往宣称保本保息、有政府背书，实为非法理财。——转自某区金融办公众号')).toEqual([]);
    expect(ids('This is a scam: they promise guaranteed 15% monthly.')).toEqual([]);
    expect(ids('A genuine bank will never guarantee you a 10% return.')).toEqual([]);
    expect(ids('小心呃人：所謂USDT理財，每日1%，係龐氏騙局。')).toEqual([]);
    expect(ids('这类产品往往年化8%，我们这款保本保息，年化12%。')).toContain('guaranteed_return');
    expect(ids('Other funds usually pay 4%; ours guarantees 12% a year.')).toContain('guaranteed_return');
  });

  it('GIVEN the round-15 challenge THEN every clean batch stays clean and every pitch keeps its flag', () => {
    const r15 = measureCauses().filter((r) => r.cause.id.startsWith('r15p_'));
    expect(r15.map((r) => [r.cause.id, r.misses])).toEqual(r15.map((r) => [r.cause.id, []]));
  });
});
