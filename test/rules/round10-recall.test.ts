/**
 * Round-10 recall: an authority named as the seller's shield, "label: value" lines, a rate right before a
 * promise word, 年息一成, and the round's concept rows (./coverage-lex10.ts). Every text is my own wording.
 */
import { describe, expect, it } from 'vitest';
import { normalizeForMatch } from '../../knowledge/text.js';
import { checkOffer } from '../../rules/check-offer.js';
import { isLabelColon } from '../../rules/concepts.js';
import { extractYields } from '../../rules/numbers.js';
import { isReportAct } from '../../rules/report-frame.js';
import { formatLex8, measureRows } from './coverage-lex8-table.js';
import { LEX10_LOOKALIKES, LEX10_SLOTS, lex10Claims } from './coverage-lex10.js';

const ids = (text: string): string[] => checkOffer(text).flags.map((f) => f.id);

describe('an authority named to sound safe is no report', () => {
  const shields = [
    'The police cannot touch us, and we pay 15% a month, guaranteed.',
    'The police already looked into us and found nothing, so 18% a year guaranteed.',
    'Even the court ruled in our favour: 20% yearly and the capital is guaranteed.',
    '法院都判了我们合法经营，年化18%，保本保息。',
    '公安都管不了我们，年化20%，本金保障。',
    'Regulators signed off on us last year. 2% a week, zero risk.',
  ];
  it.each(shields)('GIVEN the pitch "%s" THEN its guarantee and its rate still fire', (text) => {
    expect(ids(text)).toEqual(expect.arrayContaining(['guaranteed_return', 'high_yield']));
  });

  const reports = [
    'Police said the firm promised investors 20% a year, guaranteed.',
    'Watch out: 12% yearly and riskless marks a Ponzi scheme, police in Ningbo say.',
    '警方通报：某公司以年化20%、保本保息为诱饵非法吸收公众存款。',
    '法院审理查明，被告公司承诺年化18%保本保息。',
    'I went to the police once the 2% weekly they had promised stopped coming.',
    'A police notice today: fake mentors demand a fee to unlock funds. Never pay it.',
  ];
  it.each(reports)('GIVEN the report "%s" THEN nothing fires', (text) => {
    expect(ids(text)).toEqual([]);
  });

  it('GIVEN a bare "police" THEN only an act of or towards the police makes it a report', () => {
    const at = (t: string): boolean => isReportAct(t, t.indexOf('police'), t.length);
    expect(at("the police can't touch us")).toBe(false);
    expect(at('the police stated that the firm lied')).toBe(true);
    expect(at('we called the police')).toBe(true);
    expect(at('police in hangzhou say it is a scam')).toBe(true);
  });
});

describe('a field label and its value are one statement', () => {
  it('GIVEN a colon after a short field label at the start of its line THEN it does not break the clause', () => {
    const text = normalizeForMatch('XX定融\n借款人：本集团关联企业\n他跟我说了很多：保本');
    const colons = [...text.matchAll(/[:：]/g)].map((m) => m.index ?? -1);
    expect(colons.map((at) => isLabelColon(text, at))).toEqual([true, false]);
    const en = normalizeForMatch('Refer a friend: both get points');
    expect(isLabelColon(en, en.indexOf(':'))).toBe(false);
  });

  it('GIVEN a product sheet with the borrower, payee and card lines THEN self_financing and no_custody fire', () => {
    const sheet = '某某供应链收益权第3期\n借款人：本集团控股的贸易公司\n年化9.6%，季度付息\n收款账户：某某信息咨询有限公司';
    expect(ids(sheet)).toEqual(expect.arrayContaining(['self_financing', 'no_custody', 'high_yield']));
    expect(ids('年化11%，月底截止\n打款账户：李某 6228 4800 1234 5678')).toContain('no_custody');
    expect(ids('Note series B, 9% a year\nBorrower: a subsidiary of our group')).toContain('self_financing');
  });

  it('GIVEN a payee line of a bank or an invoice for goods THEN no_custody stays silent', () => {
    expect(ids('收款账户：某某银行股份有限公司')).toEqual([]);
    expect(ids('货款请付至收款账户：某某商贸有限公司，开具增值税发票。')).toEqual([]);
  });

  it("GIVEN a card noted as a relative's THEN it is a private card", () => {
    expect(ids('先充两万试试，转到这个卡号（我堂哥的）就行，周收益3%')).toContain('no_custody');
  });
});

describe('rates beside promise words and in tenths', () => {
  it('GIVEN a rate right before 保本 THEN it is a yield, and a full 100% or a bare 90% is not', () => {
    expect(extractYields('年化15%保本，一万起投').map((y) => y.annualPercent)).toEqual([15]);
    expect(extractYields('月息2%保本保息').map((y) => y.annualPercent)).toEqual([24]);
    expect(extractYields('本金100%保本')).toEqual([]);
    expect(extractYields('这款产品90%保本，挂钩沪深300')).toEqual([]);
  });

  it('GIVEN 年息一成 or 一年能赚两成 THEN it reads 10 % or 20 % a year', () => {
    expect(extractYields('年息一成，按季付息').map((y) => y.annualPercent)).toEqual([10]);
    expect(extractYields('周息1%，随存随取').map((y) => y.annualPercent)).toEqual([52]);
    expect(extractYields('这个一年下来能赚两成').map((y) => y.annualPercent)).toEqual([20]);
  });

  it("GIVEN last week's gain offered with a call to keep earning THEN it is a weekly rate; a fund's monthly report stays as it is", () => {
    expect(extractYields('Our bot gained 2% last week, join now, it runs daily.').map((y) => y.annualPercent)).toEqual([104]);
    expect(extractYields('上周带单赚了5%，今晚继续跟着我。').map((y) => y.annualPercent)).toEqual([260]);
    expect(extractYields('The fund returned 0.4% last month.').map((y) => y.annualPercent)).toEqual([0.4]);
  });
});

describe('round-10 coverage rows', () => {
  const rows = measureRows(LEX10_SLOTS, LEX10_LOOKALIKES, lex10Claims);
  it('GIVEN every round-10 concept claimed plainly or in quoted speech THEN it fires; warned THEN it is blocked; look-alikes raise nothing', () => {
    const misses = [...rows].flatMap(([flag, row]) =>
      Object.entries(row)
        .filter(([, c]) => c.ok < c.n)
        .map(([col, c]) => `${flag}/${col} ${c.ok}/${c.n}`),
    );
    expect(misses).toEqual([]);
    expect(formatLex8(rows, 10)).toContain('| no_custody |');
  });
});
