import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { classifyIntent } from '../../bot/intent.js';
import { describeWithReports, realCorpus } from '../helpers/corpus.js';

// The evaluation sets sit beside the corpus in ../shared (or wherever FINRISK_CORPUS points).
const evalDir = path.resolve(realCorpus, '..', 'eval');
const texts = (file: string, field: 'question' | 'text'): string[] =>
  readFileSync(path.join(evalDir, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => z.object({ [field]: z.string() }).parse(JSON.parse(l))[field] as string);

describeWithReports('classifyIntent on the development sets', () => {
  it('GIVEN every dev question THEN question; every dev offer THEN offer', () => {
    const wrong = [
      ...texts('qa.dev.jsonl', 'question').filter((q) => classifyIntent(q).intent !== 'question'),
      ...texts('offers.dev.jsonl', 'text').filter((o) => classifyIntent(o).intent !== 'offer'),
    ];
    expect(wrong).toEqual([]);
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
    expect(classifyIntent('朋友推荐我买定融，年化9%').reasons).toEqual(['states a yield', '2 product words', 'tells of being pitched or having paid']);
  });
});
