import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../knowledge/analyzer.js';
import { createGlossary, loadGlossaryFile } from '../../knowledge/glossary.js';
import { chunkDocument } from '../../knowledge/ingest/chunk.js';
import { buildIndex } from '../../knowledge/search-index.js';
import { createSearchContext } from '../../knowledge/search-context.js';
import { createSearcher } from '../../knowledge/search.js';
import { addFeedback, feedbackTerms } from '../../knowledge/feedback.js';
import { untitledDoc as doc } from '../helpers/docs.js';

// An invented topic word (甬江信社) the leaders share, and a hundred unrelated passages so that it is rare.
const filler = Array.from({ length: 100 }, (_, i) => doc(`f${i}.txt`, `第${i}号公告：本市今年的绿化工程已经按计划完工，市民反映良好。`));
const leaders = [
  doc('l1.txt', '甬江信社的存款人反映，镇上的小银行最近取钱排长队。'),
  doc('l2.txt', '甬江信社在镇上的网点不多，小银行取钱要排队。'),
  doc('l3.txt', '有存款人说甬江信社取钱要等，镇上小银行都这样。'),
];
const onTopic = doc('g.txt', '甬江信社的风险由监管部门接管处置，存款人的本息全额兑付。');
const offTopic = doc('d.txt', '隔壁县的商场打折，很多人排队买家电，有人说钱不够用。');

function setUp() {
  const glossary = createGlossary(loadGlossaryFile().data);
  const analyzer = createAnalyzer(glossary.lexicon);
  const data = buildIndex([], [...leaders, onTopic, offTopic, ...filler].flatMap(chunkDocument), analyzer);
  const ctx = createSearchContext(data, analyzer, glossary);
  const at = (file: string): number => Array.from({ length: data.passages.length }, (_, i) => data.passages.docOf(i)).indexOf(file);
  const searcher = createSearcher(data, analyzer, glossary);
  return { ctx, at, searcher };
}

describe('Pseudo-relevance feedback (feedback.ts)', () => {
  it('GIVEN three leading passages sharing a rare word the question lacks THEN that word is a feedback term and a word of one leader is not', () => {
    const { ctx, at, searcher } = setUp();
    const terms = feedbackTerms(
      ctx,
      ['l1.txt', 'l2.txt', 'l3.txt'].map((f) => ({ index: at(f), score: 1 })),
      searcher.terms('镇上小银行取钱排队怎么回事'),
    );
    expect(terms).toEqual(expect.arrayContaining(['甬江', '江信', '信社']));
    expect(terms).not.toContain('网点');
    expect(terms).not.toContain('小银');
  });

  it('GIVEN two candidates at the same score THEN the one on the leaders topic gains and the other does not', () => {
    const { ctx, at, searcher } = setUp();
    const hits = ['l1.txt', 'l2.txt', 'l3.txt', 'd.txt', 'g.txt'].map((f, i) => ({ index: at(f), score: i < 3 ? 1 : 0.5 }));
    addFeedback(ctx, hits, searcher.terms('镇上小银行取钱排队怎么回事'), 0.05, () => 1);
    const score = (f: string): number => hits.find((h) => h.index === at(f))?.score ?? 0;
    expect(score('g.txt')).toBeGreaterThan(0.5);
    expect(score('d.txt')).toBe(0.5);
  });

  it('GIVEN fewer candidates than leaders THEN nothing changes', () => {
    const { ctx, at, searcher } = setUp();
    const hits = ['l1.txt', 'l2.txt'].map((f) => ({ index: at(f), score: 1 }));
    addFeedback(ctx, hits, searcher.terms('小银行取钱'), 0.05, () => 1);
    expect(hits.map((h) => h.score)).toEqual([1, 1]);
  });
});
