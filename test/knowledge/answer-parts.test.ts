import { describe, expect, it } from 'vitest';
import { readAbsence } from '../../knowledge/absent.js';
import { buildKnowledgeFromDocs } from '../../knowledge/index.js';
import { splitQuestion } from '../../knowledge/question.js';
import { isRegister, withoutRegister } from '../../knowledge/register.js';
import { definitionSubject, defines, ordinalFit, ordinalOf, strongCue } from '../../knowledge/type-evidence.js';
import { normalizeForMatch } from '../../knowledge/text.js';
import type { SourceDoc } from '../../knowledge/types.js';

describe('splitting a question into the things it asks', () => {
  it('GIVEN a second question after 、 that opens with a question word THEN it is a part of its own', () => {
    expect(splitQuestion('青禾社何时开业、是否本省首家')).toEqual(['青禾社何时开业', '是否本省首家']);
  });

  it('GIVEN names joined by 、 and 和 inside one question THEN it stays one part', () => {
    expect(splitQuestion('为什么偏偏是甲省、乙省和丙市这几家平台先被叫停？')).toEqual(['为什么偏偏是甲省、乙省和丙市这几家平台先被叫停']);
    expect(splitQuestion('网贷和保理哪个风险大')).toEqual(['网贷和保理哪个风险大']);
  });

  it('GIVEN ，和 before a part that asks, and a part asking 多大 THEN each is a part', () => {
    expect(splitQuestion('青禾社什么时候成立，和它同天成立的是哪家？')).toEqual(['青禾社什么时候成立', '它同天成立的是哪家']);
    expect(splitQuestion('青禾社的出资规模有多大，由谁发起的？')).toEqual(['青禾社的出资规模有多大', '由谁发起的']);
  });

  it('GIVEN three questions in a row THEN at most three parts, and a clause that asks nothing joins the next', () => {
    expect(splitQuestion('按规定的分工，网贷归谁管？众筹呢？保理又归谁？')).toEqual(['按规定的分工，网贷归谁管', '众筹呢', '保理又归谁']);
  });
});

describe("the asker's register is never a missing concept", () => {
  it('GIVEN spoken words (这个东西, 到底, 以前, 这块, 盘子) THEN they are register; a name or a product is not', () => {
    for (const w of ['东西', '到底', '以前', '这块', '盘子', '那种', '意思']) expect(isRegister(w)).toBe(true);
    for (const w of ['茅台', '车险', '平台', '本金']) expect(isRegister(w)).toBe(false);
  });

  it('GIVEN a span holding register words or asking characters THEN only what names something is left', () => {
    expect(withoutRegister('拿东西')).toEqual(['拿']);
    expect(withoutRegister('谁投')).toEqual(['投']);
    expect(withoutRegister('那批')).toEqual([]);
    expect(withoutRegister('宁德时代')).toEqual(['宁德时代']);
  });

  // An index that holds the words of one short report only.
  const corpus = '青禾资产交易中心的产品需要抵押，平台规模不大，投资人的本金到期兑付。';
  const grams = new Set<string>();
  for (let i = 0; i + 2 <= corpus.length; i += 1) grams.add(corpus.slice(i, i + 2));
  const known = (t: string): boolean => grams.has(t);
  // The answerer strips question words (多少, 多大) before this check; these questions are written without them.
  const absent = (q: string): string[] => readAbsence(normalizeForMatch(q), known).words.map((w) => w.word);

  it('GIVEN a question about the report in spoken words THEN nothing is absent', () => {
    expect(absent('青禾这个东西到底要不要拿东西抵押')).toEqual([]);
    expect(absent('平台这块的盘子不大吧')).toEqual([]);
  });

  it('GIVEN a question naming a product the report never mentions THEN that word is still absent', () => {
    expect(absent('青禾平台的交强险')).toContain('交强险');
  });
});

describe('answer-type evidence', () => {
  it('GIVEN definition questions in several forms THEN their subject is read', () => {
    expect(definitionSubject('什么是链上存证？')).toBe('链上存证');
    expect(definitionSubject('链上存证到底是什么意思')).toBe('链上存证');
    expect(definitionSubject('所谓“穿透式监管”指什么')).toBe('穿透式监管');
  });

  it('GIVEN a sentence defining the subject and one only naming it THEN only the first defines it', () => {
    expect(defines('链上存证 (on-chain notarisation) 是指把凭证摘要写入区块链。', '链上存证')).toBe(true);
    expect(defines('“链上存证”是一种防篡改的做法。', '链上存证')).toBe(true);
    expect(defines('所谓链上存证，即把凭证摘要上链。', '链上存证')).toBe(true);
    expect(defines('链上存证有助于减少纠纷。', '链上存证')).toBe(false);
  });

  it('GIVEN a question asking for names THEN a sentence listing names counts, one listing figures does not', () => {
    const names = strongCue('list', '哪几个城市先开了试点？');
    expect(names?.('试点先在甲市、乙市和丙市展开。')).toBe(true);
    expect(names?.('两地的不良率分别为1.9%和3.2%。')).toBe(false);
    // A list of steps or measures is not a list of names: no reorder.
    expect(strongCue('list', '还需要做哪些事情？')).toBeNull();
  });

  it('GIVEN a who-question THEN a sentence naming the agent of the deed counts', () => {
    const agent = strongCue('entity', '这类业务归哪个部门管？');
    expect(agent?.('这类业务由某监管局监管，另一类由地方负责。')).toBe(true);
    expect(agent?.('2019年，青禾社获某创投A轮融资。')).toBe(true);
    expect(agent?.('监管部门应当加强协作。')).toBe(false);
  });

  it('GIVEN a question about the first round THEN a first-round sentence fits and a later-round one does not', () => {
    expect(ordinalOf('首批试点有多少个项目')).toBe('first');
    expect(ordinalOf('第二轮整治清退了几家')).toBe('later');
    expect(ordinalOf('试点有多少个项目')).toBeNull();
    expect(ordinalFit('first', '第一批共选出九个项目。')).toBe(1);
    expect(ordinalFit('first', '第二批又选出七个项目。')).toBe(-1);
    expect(ordinalFit('first', '试点项目覆盖多个领域。')).toBe(0);
  });
});

const doc = (file: string, title: string, text: string): SourceDoc => ({ file, path: `/${file}`, title, hash: file, text, kind: 'report' });

describe('answers chosen by the kind of answer asked', () => {
  const knowledge = buildKnowledgeFromDocs([
    doc(
      'q.txt',
      '青禾报告',
      '一、青禾社\n青禾社是近年来受到关注的区域资产交易平台，青禾社的业务发展较快。青禾社的产品种类丰富，青禾社的会员遍布全省。' +
        '青禾社由甲集团和乙科技共同发起设立，注册资本一亿元。2018年，青禾社获丙创投A轮融资。' +
        '二、链上存证\n链上存证在青禾社的业务中应用广泛，链上存证的效果受到好评，链上存证也被同行借鉴。' +
        '青禾社的链上存证覆盖全部产品，链上存证的费用由平台承担。同行的链上存证起步较晚，链上存证的标准仍在制定。' +
        '所谓链上存证，即把交易凭证的摘要写入区块链，供事后核验。\n' +
        '三、试点\n试点分两轮推进。第二轮选出的试点项目有十四个，第二轮试点项目覆盖面更广。此前首批只有九个，集中在供应链领域。',
    ),
    doc('r.txt', '其他报告', '一、综述\n区域资产交易平台的数量在增加，平台之间的竞争加剧，各地的监管要求不尽相同。'),
  ]);
  const shown = (q: string): string => knowledge.ask(q).answer.join('');

  it('GIVEN a definition question THEN the defining sentence is shown, not only the sentences naming the term', () => {
    expect(shown('什么是链上存证？')).toContain('即把交易凭证的摘要写入区块链');
  });

  it('GIVEN a question about the first round THEN the first round count is shown, not the look-alike later one', () => {
    expect(shown('首批选出的试点项目有多少个？')).toContain('首批只有九个');
  });

  it('GIVEN a who-question in spoken words THEN it is answered with the agent, not refused', () => {
    const answer = knowledge.ask('青禾社这个东西到底是谁投的？');
    expect(answer.found).toBe(true);
    expect(answer.answer.join('')).toMatch(/丙创投|甲集团/);
  });
});
