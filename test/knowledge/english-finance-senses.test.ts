import { describe, expect, it } from 'vitest';
import { domainFirst } from '../../knowledge/english-senses.js';
import { buildKnowledgeFromDocs } from '../../knowledge/index.js';
import type { SourceDoc } from '../../knowledge/types.js';

const everywhere = (): boolean => true;

describe('Everyday English words in their finance sense', () => {
  const senses: Array<[string, string[], string]> = [
    ['tally', ['相符'], '累计'],
    ['stake', ['要求'], '持股'],
    ['owner', ['业主', '所有者'], '股东'],
    ['state', ['陈述', '状况'], '国有'],
    ['share', ['共享', '股份'], '占比'],
    ['fix', ['固定', '奠定'], '解决'],
    ['listed', ['列出', '挂牌'], '上市'],
    ['sharking', [], '高利贷'],
  ];
  for (const [word, dictionary, sense] of senses)
    it(`GIVEN "${word}" THEN its finance sense ${sense} comes before the dictionary's first`, () => {
      expect(domainFirst(word, dictionary, everywhere)[0]).toBe(sense);
    });
});

const doc = (file: string, title: string, text: string): SourceDoc => ({ file, path: `/${file}`, title, hash: file, text, kind: 'report' });
// Our own sentences, in the reports' manner.
const knowledge = buildKnowledgeFromDocs([
  doc(
    'a.txt',
    '交易中心概况',
    '某某金融资产交易中心由四家股东企业共同出资组建，持股比例分别为30%、30%、20%和20%。该中心主要开展定向融资业务。',
  ),
  doc('b.txt', '银行经营', '近年来银行业净息差呈下降态势，农商行降幅约1.2%，国有银行降幅约0.4%。中小银行经营压力加大。'),
  doc('c.txt', '监管动态', '地方金融监管部门要求各类平台按时披露产品信息，投资人应核实平台资质。'),
]);

describe('Questions asked with those words', () => {
  const asked: Array<[string, string]> = [
    ['Moumou financial asset exchange centre shareholders stake split', '30%'],
    ['How are the stakes in the financial asset exchange centre split among its shareholders?', '30%'],
    ['How much did the margin of the big state banks drop?', '0.4%'],
    ['net interest margin of rural banks, how much it drop compare to the state banks', '0.4%'],
  ];
  for (const [q, gold] of asked)
    it(`GIVEN "${q}" THEN the answer holds ${gold}`, () => {
      const answer = knowledge.ask(q);
      expect(answer.found).toBe(true);
      expect(answer.answer.join('')).toContain(gold);
    });
});
