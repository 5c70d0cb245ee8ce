import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { classifyIntent } from '../../bot/intent.js';
import { checkOffer } from '../../rules/check-offer.js';
import { describeWithReports, realCorpus } from '../helpers/corpus.js';

// The evaluation sets sit beside the corpus in ../shared (or wherever FINRISK_CORPUS points).
const evalDir = path.resolve(realCorpus, '..', 'eval');
const lines = (file: string): unknown[] =>
  readFileSync(path.join(evalDir, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as unknown);
// Read when the tests run, not when the file loads: without the reports the sets are not there either.
const questions = (): string[] => lines('qa.dev.jsonl').map((l) => z.object({ question: z.string() }).parse(l).question);
const offers = (): Array<{ text: string; level: 'high' | 'medium' | 'low' }> =>
  lines('offers.dev.jsonl').map((l) => z.object({ text: z.string(), level: z.enum(['high', 'medium', 'low']) }).parse(l));

// Low-risk dev items are warnings, questions about a term and legitimate products: a warning or a
// term question must be answered as a question (never checked as a promotion); a legitimate product
// may go either way. Every item with red flags is an offer to check.
describeWithReports('classifyIntent on the development sets', () => {
  it('GIVEN every dev question THEN question; every dev offer with red flags THEN offer', () => {
    const wrong = [
      ...questions().filter((q) => classifyIntent(q).intent !== 'question'),
      ...offers()
        .filter((o) => o.level !== 'low' && classifyIntent(o.text).intent !== 'offer')
        .map((o) => o.text),
    ];
    expect(wrong).toEqual([]);
  });

  it('GIVEN a dev item the check reads as a warning or a term question THEN it is routed as a question', () => {
    const framed = offers().filter((o) => checkOffer(o.text).framing !== 'claims');
    expect(framed.length).toBeGreaterThan(5);
    expect(framed.filter((o) => classifyIntent(o.text).intent !== 'question').map((o) => o.text)).toEqual([]);
  });
});

describe('classifyIntent beyond the dev sets', () => {
  it.each([
    ['thanks a lot', 'chitchat'],
    ['好的，谢谢你', 'chitchat'],
    ['hello there', 'chitchat'],
    ['早上好！', 'chitchat'],
    ['我在某APP投了5万，现在无法提现，要交解冻费', 'offer'],
    ['有人让我下载一个APP炒外汇', 'offer'],
    ['网恋对象让我投资虚拟货币', 'offer'],
    ['年化12%的产品靠谱吗', 'offer'],
    ['My friend offers 3% monthly returns, should I invest?', 'offer'],
    ['什么是伪金交所', 'question'],
    ['USDT是什么', 'question'],
    ['什么是稳赚不赔的骗局？', 'question'],
    ['定融产品有哪些风险？', 'question'],
    ['How do I check if a platform is licensed?', 'question'],
    ['大额存单利率多少', 'question'],
  ])('GIVEN %j THEN %s', (text, intent) => {
    expect(classifyIntent(text).intent).toBe(intent);
  });

  it('GIVEN an offer THEN the reasons say which signals decided it', () => {
    expect(classifyIntent('朋友推荐我买定融，年化9%').reasons).toEqual([
      'states a yield',
      '2 product words',
      '2 red flags claimed',
      'tells of being pitched or having paid',
    ]);
  });
});
