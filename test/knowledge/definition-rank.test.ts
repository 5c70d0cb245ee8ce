import { describe, expect, it } from 'vitest';
import { smallSearch } from '../helpers/english-search.js';
import { askedDefinition, definitionReading } from '../../knowledge/definition-rank.js';
import { normalizeForMatch } from '../../knowledge/text.js';

// Our own product names and passages: the templates a product is written about (its definition, its
// results, its partners) and the ways people ask what it is or is for.
const NAMES = ['惠税通', '链贷宝', 'QX-RISK'];
const ASKED = [
  (x: string) => `${x}是干嘛用的`,
  (x: string) => `${x}这个产品到底是干嘛用的`,
  (x: string) => `什么是${x}？`,
  (x: string) => `某交易中心的${x}系统是做什么的`,
  (x: string) => `听说过${x}，它到底是什么东西？`,
];
const defining = (x: string) => `“${x}”是某交易中心潜心打造的一款核心产品，服务于海关税费电子支付系统。`;
const results = (x: string) => `${x}上线以来处理资产笔数突破2000万，${x}的模型判断企业能否贷款，${x}的违约率很低。`;
const mention = (x: string) => `以某交易中心为例，其“${x}”和另一款产品就是其成功应用金融科技的两个典型。`;

describe('the asked definition as a ranking feature', () => {
  for (const name of NAMES)
    for (const ask of ASKED) {
      const question = ask(name);
      it(`GIVEN "${question}" THEN the passage defining ${name} ranks above the passages that only name it`, () => {
        const passages = [results(name), mention(name), defining(name)];
        const { searcher } = smallSearch(passages, () => null);
        expect(searcher.search(question, 3)[0]?.text).toBe(passages[2]);
      });
    }

  it('GIVEN a question asking what a thing is THEN its forms are the thing without the kind and owner the asker adds', () => {
    const owned = askedDefinition('某交易中心的QX-RISK系统是做什么的', true)?.subjects ?? [];
    expect(owned).toContain('qx-risk');
    expect(owned).not.toContain('某交易中心');
    expect(askedDefinition('链贷宝这个产品到底是干嘛用的', true)?.subjects).toContain('链贷宝');
    expect(askedDefinition('听说过链贷宝，它到底是什么东西？', true)?.subjects).toContain('链贷宝');
  });

  it('GIVEN a question asking how a thing works (是个什么流程) or not asking a definition THEN there is none to meet', () => {
    expect(askedDefinition('英国的监管沙盒大概是个什么流程？', true)).toBeNull();
    expect(askedDefinition('链贷宝是什么', false)).toBeNull();
  });

  it('GIVEN clauses that open with the thing and define it THEN they meet it; a sentence naming it further on does not', () => {
    const asked = askedDefinition('链贷宝是干嘛用的', true)!;
    const read = (text: string) => definitionReading(normalizeForMatch(text), asked);
    expect(read('（一）“链贷宝”链贷宝是某中心自主开发的一款基于大数据的风控技术。')).toBe(1);
    expect(read('总结来说，链贷宝是基于海关税费支付的融资产品。')).toBe(1);
    expect(read(mention('链贷宝'))).toBe(0);
    expect(read(results('链贷宝'))).toBe(0);
    expect(read('一个优秀的系统一定是极致解决核心痛点的，而链贷宝就是这样一款产品。')).toBe(0);
  });
});
