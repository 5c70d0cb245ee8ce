import { describe, expect, it } from 'vitest';
import { checkOffer } from '../../rules/check-offer.js';
import { formatLex8, measureRound, missesOf } from './coverage-lex8-table.js';
import { LEX16 } from './coverage-lex16.js';

const annual = (text: string): number | undefined => checkOffer(text).yield?.annualPercent;

describe('round 16', () => {
  it('GIVEN a rate followed by how often it is paid out THEN the schedule is not its period; GIVEN a period word THEN it is', () => {
    expect(annual('Guaranteed 12%, paid monthly. Only 3 slots left.')).toBe(12);
    expect(annual('保证12%收益，每月付息')).toBe(12);
    expect(checkOffer('Savings account, 2.5% interest paid monthly, FSCS protected.').level).toBe('low');
    expect(annual('Earn 3% monthly returns')).toBe(36);
    expect(annual('每月返息2%')).toBe(24);
    expect(annual('USDT staking, 1.5% paid daily')).toBe(547.5);
  });
});

describe('round-16 coverage rows', () => {
  const rows = measureRound(LEX16);
  it('GIVEN every round-16 concept claimed plainly or in quoted speech THEN it fires; denied, warned or asked about THEN it does not; look-alikes raise nothing', () => {
    expect(missesOf(rows)).toEqual([]);
    expect(formatLex8(rows, 16)).toContain('| referral_scheme |');
  });
});

describe('round 16: frames', () => {
  const ids = (text: string): string[] => checkOffer(text).flags.map((f) => f.id);
  it('GIVEN a denial that such luck exists (没有…的好事) THEN nothing fires; GIVEN 就没有这样的好事了 as haste THEN the pitch fires', () => {
    expect(ids('你不要再去那种讲座了，没有什么年化15%还零风险的好事。')).toEqual([]);
    expect(ids('世上哪有年化20%还保本的好事。')).toEqual([]);
    expect(ids('年化15%，保本，过了这个村就没有这样的好事了。')).toContain('guaranteed_return');
  });
  it("GIVEN a so-called claim in English single quotes THEN the whole quote is the warning's object; an apostrophe is no quote", () => {
    expect(ids("My dad keeps forwarding me these so-called 'zero-risk, 30% a year' ads.")).toEqual([]);
    expect(ids("Beware the so-called 'guaranteed' plans, but ours pays 12% a year, guaranteed.")).toContain('guaranteed_return');
  });
  it('GIVEN a refusal (No thanks, I do not invest in anything…) THEN nothing fires', () => {
    expect(ids("No thanks. I don't invest in anything that tells me I can't lose. Please stop messaging me.")).toEqual([]);
  });
  it('GIVEN a payout per period on a stake in chat shorthand ($200 a month on $10k) THEN it is a yield; a phone contract is not', () => {
    expect(annual('$200 a month on $10k.')).toBe(24);
    expect(checkOffer('Phone plan: $30 a month on a 24-month contract.').flags).toEqual([]);
  });
  it('GIVEN a percentage paid per recruit THEN it is a commission, not a yield', () => {
    expect(checkOffer('You earn 10% on everyone you bring in.').yield).toBeNull();
    expect(checkOffer('拉新再返现2%。').yield).toBeNull();
  });
});
