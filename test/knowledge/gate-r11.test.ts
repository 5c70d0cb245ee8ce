import { describe, expect, it } from 'vitest';
import { clauseAsks } from '../../knowledge/clauses.js';
import { sourceLabels } from '../../knowledge/english-gates.js';
import { buildKnowledgeFromDocs } from '../../knowledge/index.js';
import { withoutRegister } from '../../knowledge/register.js';
import { outOfScope } from '../../knowledge/scope.js';
import { askedSentences, storyOf } from '../../knowledge/story.js';
import { reportDoc } from '../helpers/docs.js';

// Made-up reports about an invented bill-matching venue (澄金社) and town (宁州); no corpus text.
const venue = reportDoc(
  'v.txt',
  '线上票据撮合中心观察',
  [
    '澄金社是国内首家线上票据撮合中心，2015年3月在宁州挂牌成立，由三家城商行共同发起。',
    '澄金社的撮合系统采用分级风控，单笔票据在登记前须经托管行核验。',
    '预计到2031年，澄金社的年撮合额将突破千亿元。',
    '宁州的票据中介多为小微企业服务，贴现利率高于银行柜台。',
  ].join(''),
  '2024-01',
);
const knowledge = buildKnowledgeFromDocs([venue]);

// A guard, not a discriminator: in a one-report corpus the story's words are no concepts, so this pair
// passes with and without the scene-light floor; the floor's effect is measured on the pooled sets.
describe('a story-framed question and the answer floor', () => {
  it('GIVEN a long story before a question the report answers THEN the report answers it', () => {
    const answer = knowledge.ask(
      '我二舅退休以后在县城开了个小卖部，每天早上遛弯下棋，傍晚跟老伙计们喝茶聊天，前几天听隔壁修车铺的师傅说起网上有家撮合票据的中心，他托我问：澄金社是哪一年挂牌的？',
    );
    expect(answer.found).toBe(true);
    expect(answer.answer.join('')).toContain('2015年3月');
  });

  it('GIVEN the same story before a question the report does not answer THEN it is refused', () => {
    const answer = knowledge.ask(
      '我二舅退休以后在县城开了个小卖部，每天早上遛弯下棋，傍晚跟老伙计们喝茶聊天，前几天听隔壁修车铺的师傅说起网上有家撮合票据的中心，他托我问：宁州今年的公积金贷款利率是多少？',
    );
    expect(answer.found).toBe(false);
  });
});

describe('a corpus subject with an everyday question about it', () => {
  it('GIVEN only the subject is met by the shown sentences THEN the question is refused', () => {
    expect(knowledge.ask('澄金社楼下那家面馆几点开门？').found).toBe(false);
  });

  it('GIVEN what is asked of the subject is in the report THEN it is answered', () => {
    const answer = knowledge.ask('澄金社是谁发起的？');
    expect(answer.found).toBe(true);
    expect(answer.answer.join('')).toContain('三家城商行');
  });
});

describe('a later year the report only foresees', () => {
  it('GIVEN what happened in a year after the report, written there only as a forecast THEN it is refused', () => {
    expect(knowledge.ask('澄金社2031年实际撮合了多少票据？').found).toBe(false);
  });

  it('GIVEN the forecast itself asked THEN the forecast answers', () => {
    const answer = knowledge.ask('报告预计到2031年澄金社的年撮合额会有多少？');
    expect(answer.found).toBe(true);
    expect(answer.answer.join('')).toContain('千亿元');
  });
});

describe('live yields and picks', () => {
  it('GIVEN a yield asked for now in one asking clause THEN it is a live quote', () => {
    expect(outOfScope('银行的大额存单现在年化大概多少，比国债划算不？')).toBe('live-quote');
    // A story's 现在 beside a yield told of the past asks nothing of today.
    expect(outOfScope('我爸前几年买的产品说是年化收益很高，现在钱拿不回来了，这种产品起投要多少？')).toBeNull();
  });

  it('GIVEN the safest insurance or product asked in English THEN it is advice', () => {
    expect(outOfScope('Which insurance policies are safest for a retired teacher?')).toBe('advice');
    expect(outOfScope('Which deposits are the best for my savings?')).toBe('advice');
  });
});

describe('English frames', () => {
  it('GIVEN "when" inside a statement THEN the statement does not ask', () => {
    expect(clauseAsks('my aunt was upset when she heard the news.')).toBe(false);
    expect(clauseAsks('i wonder when the venue opened.')).toBe(true);
    expect(clauseAsks('when did the venue open?')).toBe(true);
  });

  it('GIVEN a scene sentence and an asking one THEN only the asking one is read for qualifiers', () => {
    const q = 'My uncle only trusts state banks and got nervous when he read the news. Which venue opened first?';
    expect(storyOf(q).scene).toHaveLength(1);
    expect(askedSentences(q)).toBe('Which venue opened first?');
  });

  it('GIVEN a document named by its label or its verb of saying THEN those words are the frame', () => {
    expect(sourceLabels('What is escrow netting, as the clearing article puts it?')).toEqual(['clearing', 'puts']);
    expect(sourceLabels('The Ningzhou study mentions a thing called bill pooling.')).toEqual(['ningzhou', 'mentions', 'thing', 'called']);
    expect(sourceLabels('Is escrow covered by the report at all?')).toEqual([]);
  });
});

describe('words naming the kind of answer', () => {
  it('GIVEN 例子, 异同 or 数值 THEN they are the asker’s register, not a missing concept', () => {
    expect(withoutRegister('例子')).toEqual([]);
    expect(withoutRegister('异同')).toEqual([]);
    expect(withoutRegister('数值')).toEqual([]);
  });
});
