import { describe, expect, it } from 'vitest';
import { buildKnowledgeFromDocs } from '../../knowledge/index.js';
import { taskOf, yearsAfter } from '../../knowledge/scope.js';
import { reportDoc as doc } from '../helpers/docs.js';

// Made-up reports about an invented exchange (澄川所); no text of the corpus.

describe('a year after the newest report', () => {
  const knowledge = buildKnowledgeFromDocs([
    doc(
      'a.txt',
      '澄川所清理观察',
      [
        '2021年，澄川所开始清理存量产品，全省保留的平台只剩下三家。',
        '到2022年底，澄川所的存量业务已经压降了七成。',
        '主管部门预计到2030年前后完成全部整改。',
      ].join(''),
      '2023-05',
    ),
    doc('b.txt', '行业综述', '各地交易场所的清理进度差别很大，统计口径也不一致。', '2022'),
  ]);

  it('GIVEN a question about a year after every report THEN the bot says the reports do not cover it', () => {
    expect(knowledge.ask('2026年澄川所的清理进展到哪一步了，还剩几家？').found).toBe(false);
    expect(knowledge.ask('How far had the clean-up of Chengchuansuo platforms got by the end of 2026?').found).toBe(false);
  });

  it('GIVEN the same question about a year the reports cover THEN it is answered', () => {
    const answer = knowledge.ask('2022年底澄川所的存量业务压降了多少？');
    expect(answer.found).toBe(true);
    expect(answer.answer.join('')).toContain('七成');
  });

  it('GIVEN a later year that a report itself writes (a target) THEN the passage that writes it may answer', () => {
    expect(knowledge.ask('澄川所预计2030年前后完成什么？').found).toBe(true);
  });

  it('GIVEN years written as amounts or longer numbers THEN they are not read as years', () => {
    expect(yearsAfter('存了2026元，编号20261', ['2023-05'])).toEqual([]);
    expect(yearsAfter('by the end of 2026, and in 2019', ['2023-05', '2016'])).toEqual([2026]);
    expect(yearsAfter('2026年的数据', [])).toEqual([]);
  });
});

describe('a body the reports name only in passing', () => {
  const knowledge = buildKnowledgeFromDocs([
    doc(
      'c.txt',
      '监管科技观察',
      [
        '一些境外监管机构，如新加坡金融管理局（MAS）和英国金融行为监管局（FCA），正在使用人工智能识别可疑交易。',
        '人工智能识别可疑交易的做法包括分析用户的交易轨迹和关联信息。',
      ].join(''),
    ),
    doc(
      'd.txt',
      '支付牌照综述',
      ['在国内，数字支付牌照由人民银行审批，支付机构须满足资本金和合规要求。', '支付机构的牌照审批流程包括申请、审查和公示三个环节。'].join(
        '',
      ),
    ),
  ]);

  it('GIVEN a question asking what such a body requires, which no sentence about it says THEN the bot says the reports do not cover it', () => {
    expect(knowledge.ask("What licences does Singapore's MAS require of digital payment firms?").found).toBe(false);
  });

  it('GIVEN a question about what the reports do say of the body THEN it is answered', () => {
    const answer = knowledge.ask('Which regulators, such as the MAS, use artificial intelligence to spot suspicious trades?');
    expect(answer.found).toBe(true);
    expect(answer.answer.join('')).toContain('MAS');
  });

  it('GIVEN the same predicate asked of no named body THEN the sentences that hold it answer', () => {
    expect(knowledge.ask('What is the approval process for a digital payment licence?').found).toBe(true);
  });
});

describe('a personal how-to of buying', () => {
  it('GIVEN "how do I buy X through Y" THEN it is read as a task only a note that names buying answers', () => {
    expect(taskOf('怎么通过券商账户买青禾社的债券？')).toBe('买');
    expect(taskOf('如何购买澄川所挂牌的产品')).toBe('购买');
    expect(taskOf('澄川所为什么停止了挂牌')).toBeNull();
  });
});
