import { describe, expect, it } from 'vitest';
import { analyzeQuestion, answerTypeOf, mandarinAsking } from '../../knowledge/question.js';
import { normalizeForMatch } from '../../knowledge/text.js';

// Our own subjects, asked the Cantonese way and the Mandarin way: both must be typed alike.
const SUBJECTS = ['惠税通', '某交易中心', '城商行嘅不良贷款率'];
const PAIRS: Array<[(x: string) => string, (x: string) => string, string]> = [
  [(x) => `${x}有幾多間？`, (x) => `${x}有多少家？`, 'number'],
  [(x) => `${x}入場要幾多錢`, (x) => `${x}入场要多少钱`, 'number'],
  [(x) => `點解${x}咁難？`, (x) => `为什么${x}这么难？`, 'reason'],
  [(x) => `${x}係做乜嘢用嘅？`, (x) => `${x}是做什么用的？`, 'definition'],
  [(x) => `${x}係乜嘢嚟㗎？`, (x) => `${x}是什么？`, 'definition'],
  [(x) => `${x}係邊個出錢開嘅？`, (x) => `${x}是谁出钱开的？`, 'entity'],
  [(x) => `${x}係咪同一日成立㗎？`, (x) => `${x}是不是同一天成立的？`, 'yesno'],
  [(x) => `${x}嗰個系統全名叫咩？`, (x) => `${x}那个系统全名叫什么？`, 'definition'],
];

describe('Cantonese asking words read as the Mandarin ones', () => {
  for (const subject of SUBJECTS)
    for (const [cantonese, mandarin, type] of PAIRS) {
      const asked = cantonese(subject);
      it(`GIVEN "${asked}" THEN it is typed ${type}, as "${mandarin(subject)}" is`, () => {
        expect(answerTypeOf(asked)).toBe(type);
        expect(answerTypeOf(mandarin(subject))).toBe(type);
      });
    }

  it('GIVEN 系 of a word (系统, 体系) or a Mandarin question THEN nothing is read otherwise', () => {
    expect(mandarinAsking(normalizeForMatch('金融体系的系统风险'))).toBe('金融体系的系统风险');
    expect(mandarinAsking('惠税通是什么')).toBe('惠税通是什么');
  });

  it('GIVEN a two-part Cantonese question THEN each part is typed', () => {
    expect(analyzeQuestion('到2016年全國P2P平台總共有幾多間？出咗問題嘅又有幾多間？').parts.map((p) => p.type)).toEqual([
      'number',
      'number',
    ]);
  });
});
