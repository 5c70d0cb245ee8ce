import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../knowledge/analyzer.js';
import { createGlossary, loadGlossaryFile } from '../../knowledge/glossary.js';
import { createHomophoneFixer } from '../../knowledge/homophones.js';
import { chunkDocument } from '../../knowledge/ingest/chunk.js';
import { straddlingTokens } from '../../knowledge/query-noise.js';
import { withoutErhua } from '../../knowledge/query-terms.js';
import { buildIndex } from '../../knowledge/search-index.js';
import { createSearcher } from '../../knowledge/search.js';
import type { SourceDoc } from '../../knowledge/types.js';
import { untitledDoc as doc } from '../helpers/docs.js';

const glossary = createGlossary(loadGlossaryFile().data);
const analyzer = createAnalyzer(glossary.lexicon);
const searcherOver = (docs: SourceDoc[]) => createSearcher(buildIndex([], docs.flatMap(chunkDocument), analyzer), analyzer, glossary);
/** Passages that share the question's subject but not what it asks: the ranking must tell them apart. */
const fillers = (subject: string): SourceDoc[] =>
  ['章程', '会员', '年报', '公告', '规则', '名单'].map((t, i) => doc(`f${i}.txt`, `${subject}的${t}已经公布。`));
const expanded = (question: string): string[] => glossary.expand(question).terms;

describe('The asker’s own register: dialect, formal and spoken forms map to the reports’ words', () => {
  it('GIVEN a spoken 儿 after a word (名儿, 那块儿) THEN it is blanked; 儿 of a word (儿童, 女儿) stays', () => {
    expect(withoutErhua('公司名儿里')).toBe('公司名 里');
    expect(withoutErhua('不良资产那块儿')).toBe('不良资产那块 ');
    expect(withoutErhua('儿童保险和女儿的学费')).toBe('儿童保险和女儿的学费');
  });

  it('GIVEN Sichuan, northeastern, Cantonese and formal words of asking THEN none of their characters is left as a term', () => {
    const stripped = (q: string): string => glossary.stripQuestionWords(q).replace(/\s+/g, '|');
    expect(stripped('金交所为啥子落到这个地步')).toBe('金交所|落到|地步');
    expect(stripped('文章咋个建议的')).not.toContain('咋');
    expect(stripped('这钱咋整')).toBe('这钱|');
    expect(stripped('增幅几何')).toBe('增幅|');
    expect(stripped('以何种方式公布')).toBe('以|方式公布');
  });

  it('GIVEN dialect, variant and formal words THEN each expands to the words the reports write', () => {
    expect(expanded('门坎高不高')).toEqual(expect.arrayContaining(['门槛', '投资门槛']));
    expect(expanded('产品能挣多少')).toEqual(expect.arrayContaining(['收益', '收益率']));
    expect(expanded('是不是一晚上全都没得了')).toEqual(expect.arrayContaining(['一夜之间', '不复存在']));
    expect(expanded('采取了哪些举措')).toEqual(expect.arrayContaining(['措施']));
    expect(expanded('遵循的是怎样的原则')).toEqual(expect.arrayContaining(['按照']));
    expect(expanded('最初何时被公之于众')).toEqual(expect.arrayContaining(['曝光', '揭露']));
    expect(expanded('汉金所什么来头')).toEqual(expect.arrayContaining(['背景']));
  });

  it('GIVEN a grammar word of the question (经常, 如果) or a character standing alone THEN it is capped like a straddling bigram', () => {
    const noise = straddlingTokens('经常听人说互金的本质 如果不是 它  看', ['互金']);
    expect([...noise]).toEqual(expect.arrayContaining(['经常', '如果', '看']));
    expect(noise.has('本质')).toBe(false);
    expect(noise.has('互金')).toBe(false);
  });

  it('GIVEN a homophone typo beside another word’s character or before 的 THEN it is read as the written name (今交所, 资值)', () => {
    const text = '湖南等四地率先宣布取消金交所资质，资质取消后不得新增业务。';
    const bigrams = new Set(Array.from(text, (_, i) => text.slice(i, i + 2)));
    const fixer = createHomophoneFixer(
      (t) => bigrams.has(t),
      (t) => text.includes(t),
      new Set(['金交所']),
      () => bigrams,
    );
    expect(fixer.fix('最先宣布取消今交所资值的是哪几个地方')).toBe('最先宣布取消金交所资质的是哪几个地方');
  });

  it('GIVEN a Sichuan question with a variant spelling (门坎) and 好多 THEN the passage stating the threshold ranks first', () => {
    const searcher = searcherOver([
      doc('a.txt', '金交所产品的投资门槛在数十万元到数百万元之间，面向合格投资者。'),
      doc('b.txt', '金交所产品一度被大量第三方理财公司代销，期限多在一年以内。'),
      ...fillers('金交所产品'),
    ]);
    expect(searcher.search('金交所产品一般要好多钱才买得到 门坎高不高', 1)[0]?.doc).toBe('a.txt');
  });

  it('GIVEN a formal question (采取了哪些举措) THEN the passage that writes 措施 ranks before one that only names the subject', () => {
    const searcher = searcherOver([
      doc('a.txt', '天安金交中心保护投资者权益的措施包括：每期产品投资人控制在200人以内，并设立风险准备金。'),
      doc('b.txt', '天安金交中心在投资者中的知名度较高，投资者权益一词常见于其宣传。'),
      ...fillers('天安金交中心'),
    ]);
    expect(searcher.search('天安金交中心在投资者权益保护层面采取了哪些具体举措？', 1)[0]?.doc).toBe('a.txt');
  });
});
