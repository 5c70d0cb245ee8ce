import { describe, expect, it } from 'vitest';
import { buildKnowledgeFromDocs } from '../../knowledge/index.js';
import { reportDoc as doc } from '../helpers/docs.js';

// Made-up reports about invented lenders (青梧贷, 澜川); no text of the corpus.

describe('a question that asks two figures is answered by the sentence that holds both', () => {
  const knowledge = buildKnowledgeFromDocs([
    doc(
      'a.txt',
      '网贷平台退出观察',
      [
        '网贷平台退出的节奏在各地并不一致，去年网贷平台退出共有120家，平台退出的方式也各不相同。',
        '有的平台良性退出，有的平台突然失联，网贷平台退出引发了大量关注。',
        '截至去年底，澜川地区的网贷平台数量已大幅减少。',
      ].join(''),
    ),
    doc(
      'b.txt',
      '青梧贷行业数据',
      ['据行业统计，自去年以来共有310家网贷平台退出，其中良性退出的平台有204家。', '青梧贷的办公地点位于澜川新区。'].join(''),
    ),
  ]);

  it('GIVEN a two-part how-many question THEN the sentence answering both parts is shown, wherever its passage ranks', () => {
    const answer = knowledge.ask('有多少家网贷平台退出了？其中良性退出的有多少家？');
    expect(answer.found).toBe(true);
    expect(answer.answer[0]).toContain('204家');
  });
});

describe('a list question is answered by the points under the title that names it', () => {
  const knowledge = buildKnowledgeFromDocs([
    doc(
      'c.txt',
      '澜川网贷监管研究',
      [
        '澜川市网贷监管的现状与对策。',
        '\n\n三、澜川市网贷监管目前存在的问题\n\n一是规则仍然缺位。',
        '二是分工不够清楚。',
        '\n\n四、澜川市网贷监管的对策\n\n第一，加快澜川市网贷监管细则的制定，解决网贷监管存在的问题。',
        '第二，完善澜川市网贷监管的分工。',
      ].join(''),
    ),
  ]);

  it('GIVEN a which-problems question THEN the points under the problems title are shown', () => {
    const answer = knowledge.ask('澜川市网贷监管目前存在哪些问题？');
    expect(answer.found).toBe(true);
    expect(answer.answer.join('')).toContain('规则仍然缺位');
  });
});
