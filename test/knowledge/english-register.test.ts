import { describe, expect, it } from 'vitest';
import { withoutLeadIn } from '../../knowledge/english-asker.js';
import { buildKnowledgeFromDocs } from '../../knowledge/index.js';
import type { SourceDoc } from '../../knowledge/types.js';

describe('How the asker wants the answer said, and for whom they ask', () => {
  const frames = [
    '{q} in simple words',
    '{q}, in plain English',
    'In layman’s terms, {q}',
    "{q} in layman's terms",
    'in short, {q}',
    '{q} — asking for a friend',
    '{q}? client asking',
  ];
  for (const frame of frames)
    it(`GIVEN "${frame}" THEN only the question's own words are left, offsets kept`, () => {
      const q = frame.replace('{q}', 'what is federated learning');
      const out = withoutLeadIn(q);
      expect(out).toHaveLength(q.length);
      expect(
        out
          .replace(/[^a-z ]/gi, ' ')
          .trim()
          .split(/\s+/),
      ).toEqual(['what', 'is', 'federated', 'learning']);
    });

  it('GIVEN "in short supply" or "simple interest" THEN they are words of the question', () => {
    expect(withoutLeadIn('Why is credit in short supply?')).toBe('Why is credit in short supply?');
    expect(withoutLeadIn('Is simple interest charged?')).toBe('Is simple interest charged?');
  });
});

const doc = (file: string, title: string, text: string): SourceDoc => ({ file, path: `/${file}`, title, hash: file, text, kind: 'report' });
// Our own sentences: a definition, and a passage that writes "simple" (简单) beside the same term.
const knowledge = buildKnowledgeFromDocs([
  doc('a.txt', '技术概念', '“联邦学习”指的是在保护隐私的前提下，各个机构在不交换数据的情况下进行协作，提升模型效果。'),
  doc('b.txt', '行业观察', '很多公司简单地把联邦学习当作宣传口号，简单套用概念，并没有真正落地。'),
]);

describe('A definition asked in simple words', () => {
  for (const q of ['what is federated learning in simple words', 'In plain English, what is federated learning?'])
    it(`GIVEN "${q}" THEN the definition is shown`, () => {
      const answer = knowledge.ask(q);
      expect(answer.found).toBe(true);
      expect(answer.answer.join('')).toContain('不交换数据');
    });
});
