/**
 * English challenge questions of our own (templates × phrasings): the shorthand and frames an asker
 * writes, the answer type their wh-words ask, the Chinese key terms the translation must reach, and,
 * with the reports present, the answer itself.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildEnglishTable } from '../../knowledge/cedict.js';
import { readShorthand } from '../../knowledge/english-shorthand.js';
import { createGlossary, loadGlossaryFile } from '../../knowledge/glossary.js';
import { createKnowledge } from '../../knowledge/index.js';
import { analyzeQuestion } from '../../knowledge/question.js';
import { createTranslator } from '../../knowledge/translate.js';
import type { Knowledge } from '../../knowledge/types.js';
import { describeWithReports, realCorpus } from '../helpers/corpus.js';

// Words of a small corpus of our own, as the index would hold them.
const corpus = [
  '开通金融',
  '网金社成立',
  '完成',
  '普通',
  '一般',
  '平均',
  '乱象',
  '混乱',
  '年化',
  '建议',
  '咨询',
  '大连金融资产交易所',
  '融资',
  '关税融资',
  '海关税费',
  '正常运营',
  '二次转让',
  '有效',
];
const occurs = (zh: string): boolean => corpus.some((w) => w.includes(zh));
const table = buildEnglishTable(
  occurs,
  () => 1,
  (ch) => occurs(ch),
);
const translate = createTranslator(table, occurs, occurs);
const termsOf = (q: string, source: string): string[] | undefined =>
  translate(readShorthand(q), new Set()).find((t) => t.source === source)?.terms;
const allTerms = (q: string): string[] => translate(readShorthand(q), new Set()).flatMap((t) => t.terms);

describe('English shorthand and the asker frame', () => {
  it.each([
    ['b4 the notices, approx how many were left?', 'before the notices, approximately how many were left?'],
    [
      'only 3rd party payment licence in the province - co name pls',
      'only third party payment licence in the province - company name please',
    ],
    ['who proposed it first n when?', 'who proposed it first and when?'],
    ['alipay mkt share, end of the 2nd quarter?', 'alipay market share, end of the second quarter?'],
  ])('GIVEN chat shorthand %j THEN it reads as the words it stands for', (asked, read) => {
    expect(readShorthand(asked)).toBe(read);
  });

  it.each([
    'I am interested in the fees.',
    "I'm particularly interested in the fees.",
    'Is it the case that the fees',
    'Could you confirm whether the fees',
    'In light of the fees',
  ])('GIVEN the frame %j THEN only "the fees" is left to translate', (asked) => {
    expect(
      readShorthand(asked)
        .trim()
        .replace(/[.\s]+$/, ''),
    ).toBe('the fees');
  });

  it('GIVEN a word holding the letters of shorthand (cobalt, bn in bnb) THEN it is left as written', () => {
    expect(readShorthand('cobalt and bnb prices')).toBe('cobalt and bnb prices');
  });
});

describe('The answer type an English question asks', () => {
  const subjects = ['the first responder', 'the lead regulator'];
  it.each(subjects.flatMap((s) => [`Who acts as ${s} when a platform runs into trouble?`, `Which body is ${s} when lenders default?`]))(
    'GIVEN %j, a "when" inside the clause THEN it asks who, not when',
    (q) => {
      expect(analyzeQuestion(q).type).toBe('entity');
    },
  );

  it.each(['Who coined the term first, and when?', 'who coined the term first n when?', 'When was the term coined?'])(
    'GIVEN %j THEN the date is asked',
    (q) => {
      expect(analyzeQuestion(q).parts.some((p) => p.type === 'date') || analyzeQuestion(q).type === 'date').toBe(true);
    },
  );

  it.each([
    'How is a directed financing plan defined in the report?',
    'How does the paper define a pseudo exchange?',
    'How are pooled assets defined?',
    'DAS full form?',
    'What does ART stand for?',
  ])('GIVEN %j THEN a definition is asked, not a method', (q) => {
    expect(analyzeQuestion(q).type).toBe('definition');
  });

  it.each([
    'what % of platforms closed?',
    'What cumulative transaction volume had the exchange reached?',
    'What average funding cost has the centre achieved?',
    'What transaction fees does the centre charge?',
    'What was the total amount raised?',
  ])('GIVEN %j THEN a number is asked', (q) => {
    expect(analyzeQuestion(q).type).toBe('number');
  });

  it('GIVEN the cost word as the verb of the question (what does the cloud cost platforms?) THEN no figure is asked by it', () => {
    expect(analyzeQuestion('What does the cloud cost trading platforms?').type).not.toBe('number');
  });
});

describe('Key terms an English question must reach', () => {
  it.each(['What volume had Kaitong Finance reached?', 'Has Kaitong Finance grown?', 'Kaitong Finance - still trading?'])(
    'GIVEN %j, a pinyin name and its kind word THEN the index name for both (开通金融), not the verb 开通',
    (q) => {
      expect(termsOf(q, 'kaitong')).toEqual(['开通金融']);
    },
  );

  it('GIVEN a name inside a longer capitalised name (Dalian Financial Asset Exchange) THEN it does not join the next word alone', () => {
    expect(allTerms('Who controlled the Dalian Financial Asset Exchange?')).not.toContain('大连金融');
  });

  it('GIVEN a name beside a word whose single character would join it (Wangjinshe completed) THEN no 网金社成', () => {
    expect(allTerms('What had Wangjinshe completed by then?')).not.toContain('网金社成');
  });

  it.each([
    ['What do ordinary investors get?', 'ordinary', '普通'],
    ['What is the average rate?', 'average', '平均'],
    ['Why did the disorder persist?', 'disorder', '乱象'],
    // British spelling is read as the dictionary's American one.
    ['What annualised return was offered?', 'annualized', '年化'],
    ['What annualized return was offered?', 'annualized', '年化'],
    ['What advice is given?', 'advice', '建议'],
    ['How many were operating normally?', 'normally', '正常'],
  ])('GIVEN %j THEN %s is translated first as the reports say it (%s)', (q, source, zh) => {
    expect(termsOf(q, source)?.[0]).toBe(zh);
  });
});

describe('The glossary side of English words', () => {
  const glossary = createGlossary(loadGlossaryFile().data);
  const expanded = (q: string): string[] => translate.withGlossary(readShorthand(q), glossary.expand).terms;

  it.each([
    ['What did Kaitong Finance reach?', '金融', '融资'],
    ['Who provides the financing?', '融资', '金融'],
  ])('GIVEN %j THEN the glossary entry written as the query writes it wins (%s, not %s)', (q, wanted, not) => {
    const terms = expanded(q);
    expect(terms).toContain(wanted);
    expect(terms).not.toContain(not);
  });

  it.each(['only 3rd party payment licence holder?', 'which third-party payment licence holder?'])(
    'GIVEN %j THEN third-party payment is one glossary term (第三方支付)',
    (q) => {
      expect(expanded(q)).toContain('第三方支付');
    },
  );

  it('GIVEN an adverb the glossary meets only through its stem (effectively → effect) THEN the glossary leaves it', () => {
    expect(expanded('Why do regulators fail to supervise effectively?')).not.toContain('影响');
    expect(termsOf('Why do regulators fail to supervise effectively?', 'effectively')?.[0]).toBe('有效');
  });

  it.each(['customs tax financing', 'customs duty financing', 'tariff financing'])(
    'GIVEN %j THEN it is the reports product class 关税融资',
    (phrase) => {
      expect(expanded(`What is the misjudgement rate of ${phrase}?`)).toContain('关税融资');
    },
  );
});

describeWithReports('English challenge questions answered from the reports', () => {
  let knowledge: Knowledge;
  beforeAll(async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'finrisk-en-challenge-'));
    ({ knowledge } = await createKnowledge({ corpusDirs: [realCorpus], dataDir }));
  }, 120_000);

  const shown = (q: string): string => knowledge.ask(q).answer.join('').replace(/\s+/g, '');

  it.each([
    'For the customs duty financing model, what is the misjudgment rate?',
    'tariff financing product - misjudgement rate?',
    'What misjudgement rate does the customs tax financing scheme have?',
  ])('GIVEN %j THEN the answer gives the rate (0.26%)', (q) => {
    expect(shown(q)).toContain('0.26%');
  });

  it.each([
    'How much had Kaitong Finance transacted in total by December 2017?',
    'kaitong finance - cumulative trading volume by dec 2017?',
  ])('GIVEN %j THEN the answer gives the volume (1300亿)', (q) => {
    expect(shown(q)).toContain('1300亿');
  });

  it.each(['How is federated learning defined in the paper?', 'How does the article define federated learning?'])(
    'GIVEN %j THEN the answer is the sentence about 联邦学习',
    (q) => {
      expect(shown(q)).toContain('联邦学习');
    },
  );

  it('GIVEN a question in shorthand THEN the answer names the question as asked', () => {
    const q = 'kaitong finance - cumulative trading volume by dec 2017?';
    expect(knowledge.ask(q).question).toBe(q);
  });
});
