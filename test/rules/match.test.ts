import { describe, expect, it } from 'vitest';
import { checkOffer } from '../../rules/check-offer.js';
import { isAsked, isNegated, isWarned } from '../../rules/match.js';

const ids = (text: string): string[] =>
  checkOffer(text)
    .flags.map((f) => f.id)
    .sort();
const at = (text: string, word: string): [string, number, number] => [text, text.indexOf(word), text.indexOf(word) + word.length];

describe('negation, warning frames and claims', () => {
  it.each([
    '不保本',
    '非保本',
    '不承诺保本',
    '并非保本产品',
    '没有保本',
    '严禁承诺保本保息',
    '本产品不保证收益',
    'It is not guaranteed',
    'There is no guarantee of any return',
    'We do not currently guarantee returns',
    '本产品并不保证不亏本',
    '投资有风险，可能亏损本金',
  ])('GIVEN %j THEN guaranteed_return does not fire', (text) => {
    expect(ids(text)).not.toContain('guaranteed_return');
  });

  it.each([
    '号称保本保息',
    '声称保本',
    '承诺保本',
    '公司承诺100%保本',
    '非常安全，保本保息',
    '无论市场如何都保本',
    '绝对不会亏',
    '不仅保本，还有高收益',
    '亏了包赔',
  ])('GIVEN %j THEN guaranteed_return fires', (text) => {
    expect(ids(text)).toContain('guaranteed_return');
  });

  it.each(['警惕所谓保本保息的金交所产品', '谨防以“保本保息”为诱饵的非法集资', '提防所谓的原始股'])(
    'GIVEN a warning frame %j THEN nothing fires',
    (text) => {
      expect(ids(text)).toEqual([]);
    },
  );

  it('GIVEN a negator in an earlier clause THEN the claim in the next clause still fires', () => {
    expect(ids('不用担心，保本保息')).toEqual(['guaranteed_return']);
  });

  it('GIVEN helper predicates THEN they read only the clause before the trigger', () => {
    const negated = (text: string, word: string): boolean => isNegated(text, text.indexOf(word));
    const warned = (text: string, word: string): boolean => isWarned(text, text.indexOf(word));
    const asked = (text: string, word: string): boolean => isAsked(...at(text, word));
    expect([
      negated('不保本', '保本'),
      negated('不用担心，保本', '保本'),
      warned('警惕所谓保本', '保本'),
      warned('保本保息', '保本'),
    ]).toEqual([true, false, true, false]);
    expect([asked('这个保本吗？', '保本'), asked('是否保本', '保本'), asked('保本保息，年化5%', '保本')]).toEqual([true, true, false]);
  });
});

// A question about a term is not the offer claiming it; the facts stated beside it are evidence.
describe('questions about a term', () => {
  it.each([
    ['这个保本吗？', []],
    ['是保本型的吗？', []],
    ['保本不？', []],
    ['保本不保息，年化5%', ['guaranteed_return']],
    ['是否保本？', []],
    ['保本吗？年化12%，政府兜底吗？', ['high_yield']],
    ['朋友说这个定融产品保本保息，靠谱吗？', ['guaranteed_return', 'nonstandard_debt']],
    ['这个是金交所的产品吗？年化9%', ['exchange_channel', 'high_yield']],
  ])('GIVEN %j THEN flags %j', (text, flags) => {
    expect(ids(text)).toEqual(flags);
  });
});
