import { describe, expect, it } from 'vitest';
import { unwrittenProduct, unwrittenYear } from '../../knowledge/answer-gates.js';
import { buildKnowledgeFromDocs } from '../../knowledge/index.js';
import { isRegister } from '../../knowledge/register.js';
import { outOfScope } from '../../knowledge/scope.js';
import { reportDoc } from '../helpers/docs.js';

// Our own wording throughout.
describe('round 12: off-corpus questions on fresh authors', () => {
  it('GIVEN a Cantonese live price, a worth-buying or a which-is-cheaper question THEN each is out of scope', () => {
    expect(outOfScope('某某科技股票而家几钱一股')).toBe('live-quote');
    expect(outOfScope('呢只基金值唔值得入')).toBe('advice');
    expect(outOfScope('转账用甲钱包定乙钱包手续费平啲')).toBe('advice');
    expect(outOfScope('Is a money fund a better place for my savings than a deposit?')).toBe('advice');
    expect(outOfScope('Is Example Bank stock a good buy?')).toBe('advice');
  });

  it('GIVEN questions that share those words but ask what a report states THEN none is out of scope', () => {
    expect(outOfScope('网贷牌照而家炒到几钱')).toBeNull();
    expect(outOfScope('Why does the report say the exchanges did better than P2P platforms?')).toBeNull();
    expect(outOfScope('金交所产品的门槛多高')).toBeNull();
  });

  it('GIVEN a product noun no passage writes THEN it is named, and one a passage writes or only the scene tells is not', () => {
    const occurs = (w: string): boolean => ['网贷平台', '互联网保险'].includes(w);
    expect(unwrittenProduct('宠物医疗险理赔被拒可以申诉吗', occurs, () => false)).toBe('医疗险');
    expect(unwrittenProduct('互联网保险理赔难在哪里', occurs, () => false)).toBeUndefined();
    expect(unwrittenProduct('宠物医疗险理赔被拒可以申诉吗', occurs, (w) => w === '医疗险')).toBeUndefined();
  });

  it('GIVEN a kind of firm no passage writes whole, its modifier written THEN it is named; a modifier never written is left to the absence rules', () => {
    const occurs = (w: string): boolean => ['消费', '金融公司'].includes(w);
    expect(unwrittenProduct('消费金融公司注册资本最低要求是多少', occurs, () => false)).toBe('消费金融公司');
    expect(unwrittenProduct('网路金融公司有哪些风险', occurs, () => false)).toBeUndefined();
  });

  it('GIVEN a year that names the rules asked of THEN a quoted passage must write it; a year as a time frame is left alone', () => {
    expect(unwrittenYear('What did the 2023 rules change for fund managers?', ['二〇一七年的规则'])).toBe(2023);
    expect(unwrittenYear('What did the 2023 rules change for fund managers?', ['2023年出台的办法'])).toBeUndefined();
    expect(unwrittenYear('Back in 2017, what return did the centres promise?', ['收益'])).toBeUndefined();
  });

  it('GIVEN exam asking verbs, Cantonese asking words and idioms for going first THEN they are register', () => {
    expect(['请简述', '列举', '几多', '而家', '净系', '打头炮', '名头'].every(isRegister)).toBe(true);
  });

  it('GIVEN a report on one market THEN a claim on an insurance product it never names is refused, its own subject answered', () => {
    const knowledge = buildKnowledgeFromDocs([
      reportDoc(
        'r.txt',
        '互联网保险观察',
        '一、理赔\n传统保险理赔难的痛点将在互联网保险上得到改善。\n二、门槛\n平台产品的起投门槛为五万元，投资人须先完成风险测评。',
      ),
    ]);
    expect(knowledge.ask('工伤保险理赔被拒，可以申诉吗？').found).toBe(false);
    const asked = knowledge.ask('平台产品的起投门槛是多少？');
    expect(asked.found).toBe(true);
    expect(asked.answer.join('')).toContain('五万元');
  });
});
