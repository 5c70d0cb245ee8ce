import { describe, expect, it } from 'vitest';
import { buildKnowledgeFromDocs } from '../../knowledge/index.js';
import { taskOf } from '../../knowledge/scope.js';
import { untitledDoc as doc } from '../helpers/docs.js';

// Made-up report about an invented bond scheme; no text of the corpus.

describe('a personal tax duty or buying channel asked yes/no', () => {
  const knowledge = buildKnowledgeFromDocs([
    doc(
      'a.txt',
      [
        '澄川市的地方债去年发行了三百亿元，其中专项债占六成，发行利差比上年收窄。',
        '投资基金的收益来源包括利息、分红和买卖价差，基金规模在两年里翻了一番。',
      ].join(''),
    ),
  ]);

  it('GIVEN "do I need to pay tax on …" or "can I buy … at <place>" THEN it is read as a personal task', () => {
    expect(taskOf('个人炒基金赚的钱要交税吗')).toBe('交');
    expect(taskOf('卖房子需不需要缴纳个人所得税')).toBe('交');
    expect(taskOf('能不能在手机银行直接买地方债')).toBe('买');
    expect(taskOf('地方债去年发行了多少')).toBeNull();
  });

  it('GIVEN such a question on a subject the report studies THEN the bot says the reports do not cover it', () => {
    expect(knowledge.ask('炒基金挣的钱需要交个人所得税吗？').found).toBe(false);
    expect(knowledge.ask('我能不能在手机银行里直接买澄川市的地方债？').found).toBe(false);
  });

  it('GIVEN the report’s own figure asked about the same subject THEN it is answered', () => {
    const answer = knowledge.ask('澄川市的地方债去年发行了多少？');
    expect(answer.found).toBe(true);
    expect(answer.answer.join('')).toContain('三百亿元');
  });
});
