import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDefaultRegistry } from '../../knowledge/registry/registry.js';
import { checkOffer } from '../../rules/check-offer.js';
import { loadRules, RuleFileError } from '../../rules/load.js';

const registry = loadDefaultRegistry();
const ids = (text: string): string[] => checkOffer(text, { registry }).flags.map((f) => f.id);

// For every flag: an offer that claims it, the same claim negated or quoted, and a legitimate look-alike.
const CASES: Array<{ id: string; positive: string; negated: string; lookalike: string }> = [
  {
    id: 'guaranteed_return',
    positive: '这款产品保本保息，到期刚性兑付。',
    negated: '本产品不保本，不承诺保本，可能亏损。',
    lookalike: '银行大额存单，保本，受存款保险保障。',
  },
  {
    id: 'high_yield',
    positive: '预期年化收益12%，按季付息。',
    negated: '年化收益不超过百分之三，属于稳健型。',
    lookalike: '银行理财业绩比较基准3.5%，不保本。',
  },
  {
    id: 'exchange_channel',
    positive: '产品在某金融资产交易中心挂牌备案。',
    negated: '本产品并非金交所产品。',
    lookalike: '在上交所上市交易的国债ETF。',
  },
  {
    id: 'pseudo_exchange',
    positive: '由某资产登记备案中心登记的收益权产品。',
    negated: '我们不是登记备案公司，不做挂牌。',
    lookalike: '省产权交易所公开挂牌转让国有股权。',
  },
  {
    id: 'government_backing',
    positive: '城投平台发行，政府增信，国企担保。',
    negated: '该产品没有政府背书。',
    lookalike: '三年期储蓄国债，在银行柜台购买。',
  },
  {
    id: 'nonstandard_debt',
    positive: '某公司定向融资计划，定融一年期。',
    negated: '本产品不是定融，也非收益权转让。',
    lookalike: '银行一年期定期存款。',
  },
  {
    id: 'self_financing',
    positive: '资金用于集团内部项目融资。',
    negated: '资金不会用于关联方融资。',
    lookalike: '资金投向公开市场的债券。',
  },
  {
    id: 'public_solicitation',
    positive: '大家帮忙转发到朋友圈，电话推销也行。',
    negated: '本产品不得在朋友圈宣传。',
    lookalike: '请在银行网点柜台咨询。',
  },
  {
    id: 'split_or_pooled',
    positive: '私募定融产品拆分成1万元起投，资金进入资金池。',
    negated: '本产品不设资金池。',
    lookalike: '货币基金1元起购，收益率1.8%。',
  },
  {
    id: 'no_custody',
    positive: '直接打款到财务个人卡上就行。',
    negated: '切勿转账到个人账户。',
    lookalike: '资金由银行托管，汇入产品托管专户。',
  },
  {
    id: 'referral_scheme',
    positive: '拉一个朋友奖励100元，发展下线还有团队奖。',
    negated: '本平台不搞拉人头返利。',
    lookalike: '推荐朋友开户不收任何费用。',
  },
  {
    id: 'pressure_tactics',
    positive: '名额有限，今晚截止，尽快打款！',
    negated: '不限时，您可以慢慢考虑。',
    lookalike: '认购期为一个月。',
  },
  {
    id: 'unlicensed',
    positive: '公司海外注册，拥有全能牌照。',
    negated: '我们不是无牌照机构。',
    lookalike: '持有国家金融监督管理总局颁发的金融许可证。',
  },
  {
    id: 'p2p_lending',
    positive: '某网贷平台新手标，出借即送红包。',
    negated: '本产品非P2P网贷。',
    lookalike: '银行个人消费贷款，年利率3.6%。',
  },
  { id: 'crypto', positive: 'USDT量化搬砖，比特币挖矿。', negated: '本产品不涉及虚拟货币。', lookalike: '用数字人民币钱包支付水电费。' },
  {
    id: 'closed_entity',
    positive: '西安百金金交中心的老产品还能续投。',
    negated: '听说过天津金融资产交易所吗？',
    lookalike: '招商银行的定期存款。',
  },
];

describe('every flag', () => {
  for (const c of CASES) {
    it(`GIVEN an offer claiming ${c.id} THEN it fires with evidence at the right offsets`, () => {
      const result = checkOffer(c.positive, { registry });
      const flag = result.flags.find((f) => f.id === c.id);
      expect(flag, `${c.id} on ${c.positive}`).toBeDefined();
      for (const e of flag!.evidence) expect(c.positive.slice(e.start, e.end)).toBe(e.text);
    });
    it(`GIVEN ${c.id} negated or quoted THEN it does not fire`, () => {
      expect(ids(c.negated)).not.toContain(c.id);
    });
    it(`GIVEN a legitimate look-alike of ${c.id} THEN it does not fire`, () => {
      expect(ids(c.lookalike)).not.toContain(c.id);
    });
  }
});

describe('risk level', () => {
  it('GIVEN a pitched pseudo-exchange offer THEN level high, yield 11, flags by severity, advice and what was not checked', () => {
    const result = checkOffer('某资产登记备案中心发行的定向融资计划，年化11%，保本保息，城投担保，起投10万', { registry });
    expect(result.level).toBe('high');
    expect(result.yield).toMatchObject({ annualPercent: 11, text: '11%' });
    expect(result.flags.map((f) => f.id).sort()).toEqual([
      'government_backing',
      'guaranteed_return',
      'high_yield',
      'nonstandard_debt',
      'pseudo_exchange',
      // 城投担保: a guarantor other than the one raising the money is a third-party guarantee, besides a government claim.
      'third_party_guarantee',
    ]);
    expect(result.flags[0]!.severity).toBe('high');
    expect(result.advice.length).toBeGreaterThan(0);
    expect(result.unchecked.length).toBeGreaterThan(0);
  });

  it('GIVEN two medium flags and a 6–8 % yield THEN level medium', () => {
    expect(checkOffer('理财经理电话推销，资金用于集团内部项目，年化7%。', { registry }).level).toBe('medium');
  });

  it('GIVEN three medium flags THEN level high', () => {
    expect(checkOffer('电话推销的定融产品，资金用于集团内部项目，政府增信。', { registry }).level).toBe('high');
  });

  it('GIVEN a bank deposit THEN level low, and the reply says what was not checked instead of "safe"', () => {
    const result = checkOffer('工商银行一年期定期存款，年利率1.5%。', { registry });
    expect(result).toMatchObject({ level: 'low', flags: [] });
    expect(result.advice.join('')).toContain('不等于安全');
  });

  it('GIVEN a question about a term THEN the asked term is not evidence but stated facts are', () => {
    const result = checkOffer('这个保本吗？年化12%。', { registry });
    expect(result.flags.map((f) => f.id)).toEqual(['high_yield']);
  });

  it('GIVEN an English offer THEN the same flags', () => {
    expect(
      ids(
        'Guaranteed 15% annual return, principal protected, backed by a local government financing vehicle. Only 3 slots left this week.',
      ).sort(),
    ).toEqual(['government_backing', 'guaranteed_return', 'high_yield', 'pressure_tactics']);
  });

  it('GIVEN a citation finder THEN every flag carries its sources', () => {
    const result = checkOffer('保本保息，年化15%', {
      registry,
      cite: (query) => [{ doc: 'n.md', title: '笔记', section: '', passage: `n.md#${query.length}` }],
    });
    expect(result.flags.every((f) => f.sources.length === 1)).toBe(true);
  });
});

describe('bad input', () => {
  it.each([
    ['', '没有内容可检查'],
    ['   ', '没有内容可检查'],
    ['😀😀🚀', '没有文字可检查'],
    ['123456 789', '没有文字可检查'],
  ])('GIVEN %j THEN a clear problem, no crash', (text, problem) => {
    expect(checkOffer(text).problem).toContain(problem);
  });

  it('GIVEN 100 000 characters THEN an answer within the cap and a note of what was not checked', () => {
    const result = checkOffer(`保本保息。${'很'.repeat(100_000)}`, { registry });
    expect(result.flags.map((f) => f.id)).toContain('guaranteed_return');
    expect(result.unchecked.join('')).toContain('只检查了前 10000 个字符');
  });
});

describe('rule files', () => {
  it('GIVEN a rule with a broken pattern THEN loading fails with the file, the rule id and the field', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'finrisk-rules-'));
    const rule = {
      id: 'bad_rule',
      name: '坏规则',
      severity: 'high',
      explanation: '解释一下吧',
      backing: { query: 'x' },
      patterns: ['(unclosed'],
    };
    writeFileSync(path.join(dir, 'a.json'), JSON.stringify({ version: 1, flags: [rule] }));
    expect(() => loadRules(dir)).toThrow(RuleFileError);
    expect(() => loadRules(dir)).toThrow(`${path.join(dir, 'a.json')}: rule "bad_rule": patterns.0 is not a valid regular expression`);
  });

  it('GIVEN the shipped rules THEN every id of the contract is there', () => {
    const shipped = loadRules().map((r) => r.id);
    expect(shipped).toEqual(expect.arrayContaining(CASES.map((c) => c.id)));
  });

  it('GIVEN a new keyword in data THEN it fires with no code change', () => {
    const rules = loadRules().map((r) => (r.id === 'pressure_tactics' ? { ...r, terms: [...r.terms, '机不可失'] } : r));
    expect(checkOffer('机不可失！', { rules }).flags.map((f) => f.id)).toEqual(['pressure_tactics']);
  });
});
