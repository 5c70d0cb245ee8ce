import { describe, expect, it } from 'vitest';
import { buildKnowledgeFromDocs } from '../../knowledge/index.js';
import { cleanSentence, quotable, refersBack } from '../../knowledge/sentences.js';
import { splitSentences } from '../../knowledge/text.js';
import type { SourceDoc } from '../../knowledge/types.js';

const doc = (file: string, title: string, text: string): SourceDoc => ({ file, path: `/${file}`, title, hash: file, text, kind: 'report' });

describe('sentence boundaries a PDF broke', () => {
  it('GIVEN a sentence a PDF box cut into lines (term ⏎ label ⏎ 指的是…) THEN it is one sentence, shown on one line', () => {
    const spans = splitSentences('上文说完了。\n“链上存证”\nNote\n指的是把凭证的摘要写入区块链，供事后核验。其用处在于防篡改。').map(
      (s) => s.text,
    );
    expect(spans).toEqual(['上文说完了。', '“链上存证”\nNote\n指的是把凭证的摘要写入区块链，供事后核验。', '其用处在于防篡改。']);
    expect(cleanSentence(spans[1] as string)).toBe('“链上存证” Note 指的是把凭证的摘要写入区块链，供事后核验。');
  });

  it('GIVEN a heading line before an ordinary sentence THEN they stay apart', () => {
    expect(splitSentences('三、发展现状\n目前平台已有十家。\n（一）规模\n规模仍在扩大。').map((s) => s.text)).toEqual([
      '三、发展现状',
      '目前平台已有十家。',
      '（一）规模',
      '规模仍在扩大。',
    ]);
  });

  it('GIVEN a chart caption whose source ends with 整理 glued before a sentence THEN the caption and source are removed', () => {
    expect(cleanSentence('图4.2 各地平台分布 资料来源：作者整理对比各地平台可以发现，东部最多。')).toBe('对比各地平台可以发现，东部最多。');
    // A source named without the compiler's verb is still cut where the sentence opens.
    expect(cleanSentence('图4.3 平台数量 资料来源：某研究院截至2020年末，平台减少一半。')).toBe('截至2020年末，平台减少一半。');
  });
});

describe('PDF residue in a sentence', () => {
  it('GIVEN a heading the PDF set letter-spaced THEN its characters are joined, and ordinary spaces stay', () => {
    expect(cleanSentence('3、宁 波 甬 融 资 产 交 易 中 心（简称“甬融社”）。')).toBe('3、宁波甬融资产交易中心（简称“甬融社”）。');
    expect(cleanSentence('平台服务会员 /机构，风险较低。')).toBe('平台服务会员 /机构，风险较低。');
  });

  it('GIVEN a question the report asks itself THEN it is never quoted as an answer', () => {
    expect(quotable('那么，这类平台是如何控制兑付风险的？')).toBe(false);
    expect(quotable('这类平台通过分散发行控制兑付风险。')).toBe(true);
  });
});

describe('a sentence that points back to the one before it', () => {
  it('GIVEN openers that point back and openers that start a new point THEN only the first are read as pointing back', () => {
    for (const s of ['其中担保业务约占三分之一。', '它由某集团全资控股。', '该公司成立于2016年。', '但在以上十家中，三家已下线。'])
      expect(refersBack(s)).toBe(true);
    for (const s of ['其次是渠道方面的合作。', '其他地区也在跟进。', '此外，平台还提供转让服务。', '甬融社成立于2016年。'])
      expect(refersBack(s)).toBe(false);
  });

  const knowledge = buildKnowledgeFromDocs([
    doc(
      'y.txt',
      '区域平台报告',
      '一、甬融社\n甬融社是一家区域性的资产交易平台，由两家本地企业发起设立，服务中小企业融资。它由越鑫集团全资控股，总部位于宁波。' +
        '甬融社的集团化运营在同类平台中较为常见，甬融社也提供资产转让服务。甬融社的会员多为集团客户，甬融社的平台规则对会员公开。' +
        '甬融社与多家集团开展合作，甬融社的产品以定向融资为主。',
    ),
  ]);

  it('GIVEN the answer in a sentence that names its subject only as 它 THEN that sentence is shown, after the one naming the subject', () => {
    const shown = knowledge.ask('甬融社由哪家集团控股？').answer;
    const i = shown.findIndex((s) => s.includes('越鑫集团全资控股'));
    expect(i).toBeGreaterThan(0);
    expect(shown[i - 1]).toContain('甬融社是一家区域性的资产交易平台');
  });
});
