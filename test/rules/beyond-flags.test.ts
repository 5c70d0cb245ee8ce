import { describe, expect, it } from 'vitest';
import { checkOffer } from '../../rules/check-offer.js';
import { loadRules } from '../../rules/load.js';

const ids = (text: string): string[] => checkOffer(text).flags.map((f) => f.id);

// The flags beyond the contract: a claim, the same words negated or warned about, and a legitimate look-alike.
const CASES: Array<{ id: string; positive: string; negated: string; lookalike: string }> = [
  {
    id: 'fake_platform',
    positive: '群里导师带单，下载一个APP跟单炒外汇。',
    negated: '我们从不导师带单，也不建荐股群。',
    lookalike: '下载手机银行APP购买大额存单。',
  },
  {
    id: 'withdrawal_blocked',
    positive: '平台显示无法提现，要先交解冻费。',
    negated: '本平台不会收取解冻费。',
    lookalike: '银行卡余额可随时提现到账。',
  },
  {
    id: 'third_party_guarantee',
    positive: '担保公司承担连带责任，差额补足，到期回购。',
    negated: '本产品无担保公司担保，无回购承诺。',
    lookalike: '保险公司承保的车险，保费3000元。',
  },
  { id: 'rollover', positive: '借新还旧，滚动发行，兑付没问题。', negated: '本基金不存在期限错配。', lookalike: '国债到期后续发新一期。' },
  {
    id: 'secrecy',
    positive: '这是内部额度，不要告诉别人。',
    negated: '产品信息公开透明，无内部额度。',
    lookalike: '公司员工须签保密协议。',
  },
  { id: 'romance_contact', positive: '网恋对象推荐的投资平台。', negated: '谨防网恋交友诈骗。', lookalike: '婚恋网站会员服务，月费30元。' },
  { id: 'hype_theme', positive: '养老项目，消费返利，原始股即将上市。', negated: '本公司不涉及原始股。', lookalike: '按时缴纳养老保险。' },
];

describe('flags beyond the contract', () => {
  for (const c of CASES) {
    it(`GIVEN a pitch claiming ${c.id} THEN it fires with evidence at the right offsets`, () => {
      const flag = checkOffer(c.positive).flags.find((f) => f.id === c.id);
      expect(flag?.evidence.length).toBeGreaterThan(0);
      for (const e of flag!.evidence) expect(c.positive.slice(e.start, e.end)).toBe(e.text);
    });
    it(`GIVEN ${c.id} negated or warned about THEN it does not fire`, () => {
      expect(ids(c.negated)).toEqual([]);
    });
    it(`GIVEN a legitimate look-alike of ${c.id} THEN nothing fires`, () => {
      expect(ids(c.lookalike)).toEqual([]);
    });
  }

  it('GIVEN the shipped rules THEN every beyond-contract flag is there with a name and a backing query', () => {
    const shipped = new Map(loadRules().map((r) => [r.id, r]));
    for (const c of CASES)
      expect([c.id, (shipped.get(c.id)?.name.length ?? 0) > 0, (shipped.get(c.id)?.backing.query.length ?? 0) > 0]).toEqual([
        c.id,
        true,
        true,
      ]);
  });

  it('GIVEN blocked withdrawals THEN the advice says stop paying and report to the police', () => {
    const result = checkOffer('账户冻结，缴税才能提现。');
    // The spec's level rule: a flag outside its high list is medium on its own; the advice still says stop.
    expect(result.level).toBe('medium');
    expect(result.advice).toContain('立即停止继续付款（包括“解冻费”“税费”），保留证据并报警');
  });
});
