import { describe, expect, it } from 'vitest';
import { buildKnowledgeFromDocs } from '../../knowledge/index.js';
import { listHead, listsHead } from '../../knowledge/type-evidence.js';
import type { SourceDoc } from '../../knowledge/types.js';

// Made-up reports about an invented platform (松岚汇); no text of the corpus.
const doc = (file: string, title: string, text: string): SourceDoc => ({ file, path: `/${file}`, title, hash: file, text, kind: 'report' });

describe('the thing a list question asks items of', () => {
  it.each([
    ['作者认为松岚汇的试点应该跟哪些国家战略目标挂钩？', '目标'],
    ['平台的运营成本一般可以拆成哪几块？', '成本'],
    ['首批取消资质的是哪四个省市？', '省市'],
    ['监管沙箱有哪些作用', '作用'],
    ['松岚汇的收入来源有哪几种？', '来源'],
  ])('GIVEN %s THEN the head is %s', (question, head) => {
    expect(listHead(question)).toBe(head);
  });

  it('GIVEN a row of items followed by the asked thing, or made of it THEN it lists the head; a row of adjectives does not', () => {
    expect(listsHead('试点要与产业升级、数字经济、绿色低碳等目标结合起来。', '目标')).toBe(true);
    expect(listsHead('运营成本分为获客成本、审核成本和资金成本。', '成本')).toBe(true);
    expect(listsHead('试点的根本是推动健康、安全、可控的创新，这是长期目标。', '目标')).toBe(false);
  });
});

describe('a list question is answered where the items are of the asked thing', () => {
  const knowledge = buildKnowledgeFromDocs([
    doc(
      'a.txt',
      '松岚汇试点观察',
      [
        '松岚汇试点的国家战略意义，归根结底是推动健康、安全、可控的试点创新。',
        '因为试点领域需要成熟的技术，在成熟度、广泛度、标准化等方面还有不足，国家战略目标仍需明确。',
        '因此，松岚汇试点还需要与产业升级、数字经济、绿色低碳、乡村振兴等目标结合起来。',
        '松岚汇试点的国家战略目标，在健康、稳健、有序的试点创新中逐步清晰。',
        '松岚汇试点的国家战略定位，要求试点应该安全、合规、透明。',
        '平台的办公地点位于江城新区，员工多为技术人员。',
      ].join(''),
    ),
    doc('b.txt', '行业综述', '各地平台的业务差别很大，统计口径也不一致。多数平台只公布年度数字。'),
  ]);

  it('GIVEN 跟哪些国家战略目标挂钩 THEN the sentence listing the goals is shown', () => {
    const answer = knowledge.ask('松岚汇试点应该跟哪些国家战略目标挂钩？');
    expect(answer.found).toBe(true);
    expect(answer.answer.join('')).toContain('乡村振兴等目标');
  });
});
