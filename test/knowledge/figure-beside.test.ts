import { describe, expect, it } from 'vitest';
import { buildKnowledgeFromDocs } from '../../knowledge/index.js';
import type { SourceDoc } from '../../knowledge/types.js';

const doc = (file: string, text: string): SourceDoc => ({ file, path: `/${file}`, title: file, hash: file, text, kind: 'report' });

describe('the asked figure beside the sentence that names the subject', () => {
  // The count comes first; the sentence after it sums up in the question's own words, without the count.
  const knowledge = buildKnowledgeFromDocs([
    doc('a.txt', '一、试点\n越鑫所牵头的专项工作组已完成第一批12个试点项目的评审和公示。这意味着甬融社版创新沙盒的首批项目正式启动。'),
    doc('b.txt', '一、其他\n小额贷款公司的放贷对象以个体工商户为主，风险来自关联交易。'),
  ]);

  it('GIVEN a count question whose best sentence lacks the count and the sentence before holds it THEN the count is shown', () => {
    const answer = knowledge.ask('甬融社版创新沙盒首批入选了几个项目？');
    expect(answer.found).toBe(true);
    expect(answer.answer.join('')).toContain('12个');
    expect(answer.answer.join('')).toContain('首批项目正式启动');
  });

  it('GIVEN a question that asks no figure THEN the sentence before is not brought in for a count', () => {
    const answer = knowledge.ask('甬融社版创新沙盒首批项目是什么意思？');
    expect(answer.found).toBe(true);
    expect(answer.answer.join('')).toContain('首批项目正式启动');
    expect(answer.answer.join('')).not.toContain('12个');
  });
});
