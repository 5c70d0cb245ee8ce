import { describe, expect, it } from 'vitest';
import { readAbsence } from '../../knowledge/absent.js';
import { refusedBy } from '../../knowledge/answer.js';
import { buildKnowledgeFromDocs } from '../../knowledge/index.js';
import { laterOrdinals, taskOf } from '../../knowledge/scope.js';
import { clausesOf } from '../../knowledge/clauses.js';
import { askingClauseOf } from '../../knowledge/focus.js';
import { onlyInScene, storyOf } from '../../knowledge/story.js';
import { noteDoc as note, reportDoc } from '../helpers/docs.js';

// Made-up report and note about an invented exchange (翠岭) and an invented pilot; no text of the corpus.

const knowledge = buildKnowledgeFromDocs([
  reportDoc(
    'a.txt',
    '翠岭交易中心',
    [
      '翠岭金融资产交易中心成立于2015年，注册资本一亿元，起投金额为五万元，承诺年化收益约百分之八。',
      '该中心于2021年6月被撤销业务许可，存量产品由融资方继续兑付。',
      '澄川市金融科技创新试点的第一批共有十二个项目入选，其中五个项目使用了区块链技术。',
      '监管部门表示，投资者可以向属地金融管理部门反映情况，平台应当配合调查取证。',
    ].join(''),
  ),
  note('n.md', '受害者常问', '发现平台涉嫌诈骗，应当保存合同和转账记录，必要时请律师向法院起诉。'),
]);

describe('the scene a question sets is read apart from what it asks', () => {
  it('GIVEN a story about the asker before the question THEN its clauses are the scene and the asking clause is not', () => {
    const story = storyOf('我姑姑早些年经人介绍认购过一只产品，请问翠岭交易中心的起投金额是多少？');
    expect(story.scene).toEqual(['我姑姑早些年经人介绍认购过一只产品']);
    expect(onlyInScene(story, '经人介绍')).toBe(true);
    expect(onlyInScene(story, '起投金额')).toBe(false);
  });

  it('GIVEN a first clause that states the topic without the asker THEN it stays part of what is asked', () => {
    expect(storyOf('翠岭产品的收益太低了，能不能提前赎回？').scene).toEqual([]);
  });

  it('GIVEN an English persona sentence THEN it is the scene', () => {
    const story = storyOf('My nephew trades coins on his phone. When was the Cuiling centre founded?');
    expect(story.scene).toEqual(['my nephew trades coins on his phone']);
  });

  it('GIVEN a story with words jieba tags as names (经人介绍) or the reports never write THEN the reports’ answer is given', () => {
    const answer = knowledge.ask('我姑父早些年经人介绍认购过一只产品，心里一直七上八下，请问翠岭交易中心的起投金额是多少？');
    expect(answer.found).toBe(true);
    expect(answer.answer.join('')).toContain('五万元');
  });

  it('GIVEN a story that places the asker at a bank the reports never name THEN the question is still refused', () => {
    expect(knowledge.ask('我在祁岙农商银行存了二十万，这家银行安全吗？').found).toBe(false);
  });
});

describe('what the reports cannot hold however many words they share', () => {
  it('GIVEN a later batch than the reports describe THEN it is refused, while the opening batch is answered', () => {
    expect(laterOrdinals('澄川市试点第二批有哪些项目')).toEqual([['第二批', '第2批']]);
    expect(laterOrdinals('Which firms joined during the second batch?')).toEqual([['第二批', '第2批']]);
    expect(knowledge.ask('澄川市金融科技创新试点第二批有多少个项目入选？').found).toBe(false);
    const first = knowledge.ask('澄川市金融科技创新试点第一批有多少个项目入选？');
    expect(first.found).toBe(true);
    expect(first.answer.join('')).toContain('十二个');
  });

  it('GIVEN "which court do I sue in" THEN a note that only says a suit is possible does not answer it', () => {
    expect(taskOf('翠岭停业了，我该向哪个法院递交诉状？')).toBe('哪个法院');
    expect(knowledge.ask('翠岭停业了，我该向哪个法院递交诉状？').found).toBe(false);
  });

  it('GIVEN an English personal step THEN it is a task named by its verb', () => {
    expect(taskOf('How can I lodge a grievance against the Cuiling centre?')).toBe('en:lodge');
    expect(taskOf('Should I purchase Cuiling notes this spring?')).toBe('en:purchase');
    expect(taskOf('Do I have to sign up as a member ahead of trading with Cuiling?')).toBeNull();
    expect(taskOf('What tax would an overseas holder owe on Cuiling coupons?')).toBe('交');
    expect(taskOf('How are gains on Cuiling products taxed?')).toBe('交');
  });

  it('GIVEN a question word such as 哪一天 THEN it is never an absent word', () => {
    const absence = readAbsence('翠岭是哪一天被撤销的', () => false);
    expect(absence.words.map((w) => w.word)).not.toContain('哪一天');
  });
});

describe('one reading of which clause asks, shared by the scene and the focus', () => {
  it('GIVEN a story, a told fact and a question THEN only the clause with the question word asks, in both readers', () => {
    const question = '我开了家小作坊，进口原料要交关税，翠岭中心的垫税服务帮过多少家企业？';
    expect(clausesOf(question).map((c) => c.asks)).toEqual([false, false, true]);
    expect(storyOf(question).asking).toEqual(['翠岭中心的垫税服务帮过多少家企业']);
    expect(askingClauseOf(question)).toBe('翠岭中心的垫税服务帮过多少家企业');
  });

  it('GIVEN an English story sentence THEN the sentence after it is what asks, and a condition joined by a comma stays in it', () => {
    expect(clausesOf('If a loan is extended, does the risk vanish?').map((c) => c.asks)).toEqual([true]);
    const story = storyOf('My uncle saves at a rural bank. How many small banks got fresh capital?');
    expect(story.scene).toEqual(['my uncle saves at a rural bank']);
    expect(story.asking).toEqual(['how many small banks got fresh capital']);
  });
});

describe('names jieba makes up, and the progressive 在', () => {
  const refusedByName = (question: string): boolean => (refusedBy.get(knowledge.ask(question)) ?? '').startsWith('proper');
  it('GIVEN a word the model tags a name that the dictionary reads as adverb + adjective (太大) THEN it vetoes nothing', () => {
    expect(refusedByName('翠岭中心因为窟窿太大被接管的时间是哪年？')).toBe(false);
  });

  it('GIVEN 我在写… (the asker at work, not at a firm) THEN the story word neither vetoes nor weighs', () => {
    expect(refusedByName('我在写论文，想问一下翠岭交易中心的起投金额是多少？')).toBe(false);
    const answer = knowledge.ask('我在写论文，想问一下翠岭交易中心的起投金额是多少？');
    expect(answer.found).toBe(true);
  });
});
