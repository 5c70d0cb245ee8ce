import { describe, expect, it } from 'vitest';
import { sceneWeighted } from '../../knowledge/choose.js';
import type { QueryTerms } from '../../knowledge/coverage.js';
import { askingClauseOf } from '../../knowledge/focus.js';
import { buildKnowledgeFromDocs } from '../../knowledge/index.js';
import { partAnswers } from '../../knowledge/choose-parts.js';
import type { Candidate } from '../../knowledge/candidates.js';
import { createAnalyzer } from '../../knowledge/analyzer.js';
import { createGlossary, loadGlossaryFile } from '../../knowledge/glossary.js';
import { chunkDocument } from '../../knowledge/ingest/chunk.js';
import { buildIndex } from '../../knowledge/search-index.js';
import { createSearcher } from '../../knowledge/search.js';
import { analyzeQuestion, answerTypeOf } from '../../knowledge/question.js';
import { holdsType } from '../../knowledge/sentences.js';
import { definitionSubject } from '../../knowledge/type-evidence.js';
import { reportDoc as doc } from '../helpers/docs.js';

// Invented questions and an invented report about an invented exchange (青杉所); no corpus or eval text.

const bigrams = (text: string): Set<string> => {
  const han = text.replace(/[^\u4e00-\u9fff]/g, '');
  return new Set(Array.from({ length: Math.max(0, han.length - 1) }, (_, i) => han.slice(i, i + 2)));
};
const termsOf = (...words: string[]): QueryTerms => ({
  original: words,
  expanded: [],
  weight: new Map(),
  boost: new Map(),
  concepts: words.map((w) => ({ primary: w, alternatives: [], parts: [], weight: 2 })),
  translations: [],
  untranslated: [],
});

describe('a question that tells a story before it asks', () => {
  it('GIVEN a story and then one asking clause THEN that clause is what the question asks', () => {
    expect(askingClauseOf('我舅舅前年在菜市场听人推荐买了青杉所的份额，现在想知道青杉所一共服务过多少家企业')).toBe(
      '现在想知道青杉所一共服务过多少家企业',
    );
    // A short lead qualifies the question, it tells no story.
    expect(askingClauseOf('从长远看，青杉所还要做哪些事')).toBeNull();
    // Asked first, then a remark: the first clause asks, and nothing before it is a scene.
    expect(askingClauseOf('青杉所服务过多少家企业？我舅舅在那里买过份额')).toBeNull();
    expect(askingClauseOf('My uncle bought shares on the exchange last spring. How many firms did it serve?')).toBe(
      'how many firms did it serve',
    );
  });

  it("GIVEN a story's words THEN they weigh half in a sentence's coverage, and the asking clause's words keep their weight", () => {
    const question = '我舅舅前年在菜市场听人推荐买了份额，青杉所服务过多少企业';
    const weighted = sceneWeighted(question, termsOf('舅舅', '菜市', '青杉', '企业'), { tokens: bigrams });
    expect(weighted.concepts.map((c) => c.weight)).toEqual([1, 1, 2, 2]);
    // One clause: nothing is scene, nothing is weighed down.
    const plain = sceneWeighted('青杉所服务过多少企业', termsOf('青杉', '企业'), { tokens: bigrams });
    expect(plain.concepts.map((c) => c.weight)).toEqual([2, 2]);
  });
});

describe('the kind of answer, in the words people ask with', () => {
  it('GIVEN a root cause asked colloquially or formally (根子, 成因, 症结) THEN the question asks a reason, and a sentence naming the source gives one', () => {
    expect(answerTypeOf('青杉所老出事，根子到底在哪儿呢')).toBe('reason');
    expect(answerTypeOf('青杉所亏损的主要成因是什么')).toBe('reason');
    expect(answerTypeOf('问题的症结在哪')).toBe('reason');
    expect(holdsType('从源头看，青杉所内控薄弱是主要原因。', 'reason')).toBe(true);
  });

  it('GIVEN 啥叫 / 什么叫 / 何谓 THEN a definition is asked, of the phrase they bind and not of the longest piece', () => {
    expect(answerTypeOf('啥叫青杉模式啊，跟线上交易中心有啥关系')).toBe('definition');
    expect(definitionSubject('啥叫青杉模式啊，跟线上交易中心有啥关系')).toBe('青杉模式');
    expect(definitionSubject('何谓青杉模式')).toBe('青杉模式');
    expect(definitionSubject('青杉模式是什么')).toBe('青杉模式');
  });
});

describe('which sentences a story question and a two-part question are answered with', () => {
  const knowledge = buildKnowledgeFromDocs([
    doc(
      'q.txt',
      '青杉所研究',
      '一、青杉模式\n（1）青杉模式。青杉模式是指把一份大额资产切成许多小额份额分别转让的做法。青杉模式为线上交易中心吸引小额投资人提供了条件。' +
        '青杉模式也带来了投资门槛过低的问题。\n\n' +
        '二、青杉所的服务\n青杉所设在临江，主要撮合中小企业的份额融资。截至2020年底，青杉所累计为1800多家中小企业提供了份额融资服务。',
    ),
  ]);

  it("GIVEN a two-part definition question THEN no section title ((1)…) is shown as a part's answer", () => {
    const answer = knowledge.ask('啥叫青杉模式啊，跟线上交易中心有啥关系');
    expect(answer.found).toBe(true);
    expect(answer.answer.join('')).toContain('青杉模式是指');
    expect(answer.answer.some((s) => /^（1）/.test(s))).toBe(false);
  });
});

describe('a story question and a part answer, on a small made-up corpus', () => {
  const docs = [
    doc(
      'a.txt',
      '青杉所',
      '青杉所设在临江，主要撮合中小企业的份额融资。截至2020年底，青杉所累计为1800多家中小企业提供了服务。青杉所的产品曾由理财顾问推荐。',
    ),
    doc('b.txt', '小城', '临江的菜市场里，卖水果的摊主常常互相介绍生意。亲戚朋友之间的口头推荐，是小城里最常见的消息来源。'),
    doc('c.txt', '维权', '平台跑路以后，投资人往往联系不上客服，家里人也跟着着急。维权要保存好合同和转账记录，过年的时候也别松懈。'),
  ];

  it('GIVEN a long story and then the question THEN the sentence answering the asking clause is shown first, not one that echoes the story', () => {
    const answer = buildKnowledgeFromDocs(docs).ask(
      '我表哥前年在菜市场听一个卖水果的朋友推荐，买了青杉所的产品，后来平台跑路联系不上了，家里人过年都很着急，我想知道青杉所一共服务过多少家企业',
    );
    expect(answer.found).toBe(true);
    expect(answer.answer[0]).toContain('1800多家');
  });

  it("GIVEN a part whose words a section title holds best THEN the part's answer is a sentence, never the title", () => {
    const glossary = createGlossary(loadGlossaryFile().data);
    const analyzer = createAnalyzer(glossary.lexicon);
    const searcher = createSearcher(buildIndex([], docs.flatMap(chunkDocument), analyzer), analyzer, glossary);
    const candidate = (text: string, order: number, heading = false): Candidate => ({
      text,
      heading,
      passage: 0,
      rank: 0,
      order,
      tokens: searcher.tokens(text),
      standing: 1,
      passageCoverage: 1,
    });
    const title = candidate('（1）青杉所的中小企业服务。', 0, true);
    const told = candidate('青杉所累计为1800多家中小企业提供了服务。', 1);
    const other = candidate('青杉所设在临江。', 2);
    const { parts } = analyzeQuestion('青杉所设在哪里？它给中小企业提供了什么服务');
    expect(parts).toHaveLength(2);
    const answers = partAnswers([title, told, other], parts, searcher, [other]);
    expect(answers).not.toContain(title);
    expect(answers).toContain(told);
  });
});
