import { describe, expect, it } from 'vitest';
import { checkOffer } from '../../rules/check-offer.js';
import { classClaims, readStance } from '../../rules/stance.js';
import { normalizeForMatch } from '../../knowledge/text.js';
import { extractYields } from '../../rules/numbers.js';
import type { StanceFrame } from './coverage-stance.js';
import { measureCoverage } from './coverage-table.js';

const ids = (text: string): string[] => checkOffer(text).flags.map((f) => f.id);
const stance = (text: string) => readStance(normalizeForMatch(text), extractYields(text));

describe('the stance of a text that offers nothing now', () => {
  it.each([
    ['号称“保本保息、年化18%”的理财，基本都撑不过三年，大家量力而行。'],
    ['标榜稳赚不赔的项目往往最危险，各位别贪。'],
    ['这种“高息”产品其实就是借新还旧，这是监管一再提醒的。'],
    ['Apps that promise "a guaranteed 3% a week" rarely last. Think twice, everyone.'],
  ])('GIVEN a remark to the room about a class of products: %s THEN no flag fires and it reads as a warning', (text) => {
    const result = checkOffer(text);
    expect([result.flags.map((f) => f.id), result.level, result.framing]).toEqual([[], 'low', 'warning']);
  });

  it.each([
    ['本群须知\n1、禁止发广告\n2、发“拉一人返现20%”之类帖子的一律移出\n3、禁止私聊群友'],
    ['Group rules:\n- no promotions\n- anyone posting "guaranteed principal" is removed\n- no DMs'],
  ])('GIVEN a group rule list that quotes the banned pitch: %s THEN no flag fires', (text) => {
    expect(ids(text)).toEqual([]);
  });

  it.each([
    ['2017年我在一个网贷平台出借了五万，后来平台清盘，只追回一成，给大家说说我的教训。'],
    ['My aunt put savings into a P2P lending site in 2018; it collapsed and she got a fifth back. Sharing her story so others learn.'],
  ])("GIVEN a victim's past loss shared as a lesson, nothing pitched now: %s THEN no flag fires", (text) => {
    expect(ids(text)).toEqual([]);
  });

  it('GIVEN a class judged by its claim THEN the span runs from its class word through the judgment', () => {
    const norm = normalizeForMatch('凡是宣传保本保息的，一律拉黑。');
    const [span] = classClaims(norm);
    expect(norm.slice(span!.start, span!.end)).toBe('凡是宣传保本保息的,一律');
  });
});

describe('a text that offers something keeps every claim', () => {
  it.each([
    ['各位别图便宜买杂牌，我们这款保本保息，年化12%，私聊我。', ['guaranteed_return', 'high_yield']],
    ['家人们别犹豫，拉一人返现20%，名额有限。', ['referral_scheme']],
    ['保证收益的都可以来找我，月息2分。', ['guaranteed_return', 'high_yield']],
    ['Think twice before you skip this: we guarantee your principal, 2% a week, DM me.', ['guaranteed_return', 'high_yield']],
    ['前些年往一家P2P网贷里放了五万，现在客服说交10%解冻费才能提现，我该怎么办？', ['p2p_lending', 'withdrawal_blocked']],
  ])('GIVEN a pitch or a plea for help that also holds a remark: %s THEN its flags still fire', (text, want) => {
    const got = ids(text);
    for (const id of want) expect([id, got.includes(id)]).toEqual([id, true]);
  });

  it('GIVEN a remark whose only call to act is forbidden (禁止私聊) THEN the call does not count as an offer', () => {
    expect(stance('群规：禁止私聊推销，宣传“保本”的一律踢出。').length).toBeGreaterThan(0);
  });

  it('GIVEN a seller naming its own class (我们承诺保本的产品都…) THEN it is no class of others', () => {
    expect(classClaims(normalizeForMatch('我们承诺保本的产品都有合同。'))).toEqual([]);
  });
});

describe('a term as the standard of a comparison', () => {
  it.each([
    ['我们的备案手续和当年金交所的做法一样齐全，年化7%。', 'exchange_channel'],
    ['Just like the old P2P lenders, only safer: 9% a year.', 'p2p_lending'],
  ])('GIVEN %s THEN the compared term does not fire', (text, id) => {
    expect(ids(text)).not.toContain(id);
  });

  it('GIVEN a pitch that works with the venue (和金交所合作) THEN the venue still fires', () => {
    expect(ids('我们和金交所合作，年化12%。')).toContain('exchange_channel');
  });
});

describe('generated stance frames (test/rules/coverage-stance.ts)', () => {
  const table = measureCoverage();
  const share = (frame: StanceFrame): number => {
    const cells = [...table.rows.values()].map((row) => row[frame]);
    return cells.reduce((s, c) => s + c.ok, 0) / cells.reduce((s, c) => s + c.n, 0);
  };
  it.each(['remark', 'rules', 'shared', 'fraudster', 'compared'] as const)(
    'GIVEN every flag in a %s frame THEN at least 95 percent are blocked',
    (frame) => {
      expect(share(frame)).toBeGreaterThanOrEqual(0.95);
    },
  );
  it.each(['hedged', 'help', 'testimonial'] as const)('GIVEN every flag in a %s frame THEN every one still fires', (frame) => {
    expect(share(frame)).toBe(1);
  });
});
