import { describe, expect, it } from 'vitest';
import { buildKnowledgeFromDocs } from '../../knowledge/index.js';
import type { SourceDoc } from '../../knowledge/types.js';

// Made-up reports about an invented platform (松岚汇); no text of the corpus.
const doc = (file: string, title: string, text: string): SourceDoc => ({ file, path: `/${file}`, title, hash: file, text, kind: 'report' });

describe('what the user reads for an amount, and nothing beside it', () => {
  const knowledge = buildKnowledgeFromDocs([
    doc(
      'a.txt',
      '松岚汇年度观察',
      [
        '2021年，松岚汇的交易规模再创新高，市场关注度不断提高。',
        '据统计，松岚汇全年累计交易规模达到36亿元，同比增长12%。',
        '平台的办公地点位于江城新区，员工多为技术人员。',
        '行业的另一些平台则把重点放在线下渠道。',
      ].join(''),
    ),
    doc('b.txt', '行业综述', '各地平台的交易规模差别很大，统计口径也不一致。多数平台只公布年度数字。'),
  ]);

  it('GIVEN a how-much question whose best-covering sentence holds only a calendar year THEN the sentence with the amount is shown', () => {
    const answer = knowledge.ask('松岚汇全年交易规模有多大？');
    expect(answer.found).toBe(true);
    expect(answer.answer.join('')).toContain('36亿元');
  });

  it('GIVEN an answer THEN no sentence that covers none of the question joins it for its passage alone', () => {
    const answer = knowledge.ask('松岚汇全年交易规模有多大？');
    expect(answer.answer.join('')).not.toContain('线下渠道');
  });
});

describe('an English question must meet in one place of the reports', () => {
  const knowledge = buildKnowledgeFromDocs([
    doc(
      'c.txt',
      '松岚汇的资产',
      [
        '主管部门严令各地不得再为这类公司出具批文，它们再也拿不到授权。',
        '松岚汇此后调整了业务结构，新增了多名合作机构。',
        '平台登记的资产包括消费贷、车贷以及供应链金融债权，期限多在一年以内。',
      ].join(''),
    ),
  ]);

  it('GIVEN an English question whose concepts stand in sentences about different things THEN it is refused', () => {
    const answer = knowledge.ask('How long does it take to get a car loan approved?');
    expect(answer.found).toBe(false);
    expect(answer.answer).toEqual([]);
  });
});

describe('why is answered by a cause', () => {
  const knowledge = buildKnowledgeFromDocs([
    doc(
      'd.txt',
      '松岚汇的退出',
      [
        '2022年，东川、北岭两地率先关停了辖内的松岚汇分支机构。',
        '两地的分支机构分别是东川松岚汇登记中心和北岭松岚汇服务公司。',
        '之所以是上述两地先行一步，是因为它们的业务规模小，早已没有存量风险。',
        '其余各地的分支机构预计将在随后两年内陆续退出。',
      ].join(''),
    ),
  ]);

  it('GIVEN a why question whose best-covering sentences state only the event THEN the causal sentence of that passage is shown too', () => {
    const answer = knowledge.ask('为什么东川、北岭两地最先关停松岚汇分支机构？');
    expect(answer.found).toBe(true);
    expect(answer.answer.join('')).toContain('是因为它们的业务规模小');
  });
});
