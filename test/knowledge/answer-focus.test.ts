import { describe, expect, it } from 'vitest';
import { unitOf } from '../../knowledge/asked.js';
import { focusOf } from '../../knowledge/focus.js';
import { buildKnowledgeFromDocs } from '../../knowledge/index.js';
import { analyzeQuestion, answerTypeOf } from '../../knowledge/question.js';
import { holdsType } from '../../knowledge/sentences.js';
import { firstHeadOf, ordinalFit, strongCue } from '../../knowledge/type-evidence.js';
import { reportDoc as doc } from '../helpers/docs.js';

// Invented reports about an invented exchange (青杉所), an invented storage choice and invented firsts; no corpus text.

describe('what a question asks, read from its grammar', () => {
  it('GIVEN years said in passing (这几年, 前几年) THEN they ask no number; 几个点 and an annual return ask a percentage', () => {
    expect(answerTypeOf('这几年青杉所为什么一直亏损')).toBe('reason');
    expect(answerTypeOf('我前几年买的产品，平台是哪天关的')).toBe('date');
    expect(answerTypeOf('青杉所这几年服务了几家企业')).toBe('number');
    expect(unitOf('每年能赚几个点', 'number')).not.toBe('个');
    expect(new RegExp(unitOf('每年能赚几个点', 'number') ?? '^$').test('年化约8%')).toBe(true);
    expect(answerTypeOf('What yearly yield did note buyers get?')).toBe('number');
  });

  it('GIVEN a pick among named options THEN the type is a choice, and a sentence judging one best holds it', () => {
    expect(answerTypeOf('数据放在本地机房、托管机房还是云上比较好？')).toBe('choice');
    expect(answerTypeOf('Should the exchange keep its data on site or in the cloud?')).toBe('choice');
    expect(answerTypeOf('青杉所在哪里')).toBe('entity');
    expect(holdsType('综合来看，托管机房可能是中小平台当前的最佳选择。', 'choice')).toBe(true);
    expect(holdsType('数据存放有本地机房、托管机房和云三种方式。', 'choice')).toBe(false);
  });

  it('GIVEN a colloquial second question (啥时候) or an English condition clause THEN the parts are split where the asking is', () => {
    expect(analyzeQuestion('青杉所是哪家发起的？啥时候开业的').parts.map((p) => p.type)).toEqual(['entity', 'date']);
    const conditional = analyzeQuestion('When a platform fails, how should its investors be repaid?');
    expect(conditional.type).toBe('method');
    expect(conditional.parts).toHaveLength(1);
  });

  it("GIVEN advice asked in the asker's words (忠告, watch out for) THEN the type is a method", () => {
    expect(answerTypeOf('文章最后给散户啥忠告')).toBe('method');
    expect(answerTypeOf('Which dangers should savers watch out for, says the report?')).toBe('method');
  });

  it('GIVEN a question asking for advice THEN a sentence that advises fits it, one that tells the story does not', () => {
    const advises = strongCue('method', '青杉所出事以后，文章给散户啥忠告');
    expect(advises).not.toBeNull();
    expect(advises?.('散户应当警惕承诺保本的份额产品，不要只看收益。')).toBe(true);
    expect(advises?.('青杉所的份额产品去年出现了兑付困难。')).toBe(false);
    // A plain how-to (怎么开户) asks for steps, not advice: no reordering.
    expect(strongCue('method', '青杉所怎么开户')).toBeNull();
  });

  it('GIVEN a question that sets a scene before it asks THEN the focus is the asking clause or the phrase its question word binds', () => {
    expect(focusOf('在青杉所转让份额，手续费是怎么收的？')).toContain('手续费');
    expect(focusOf('青杉所一共服务了多少家企业')).toBe('企业');
    expect(focusOf('What handling fee does the exchange charge sellers?')).toBe('handling fee');
    // Which- and when-questions name a category or a date: they bind no focus.
    expect(focusOf('青杉所是哪几个省市的股东发起的')).toBeNull();
    expect(focusOf('青杉所是啥时候开业的')).toBeNull();
  });

  it('GIVEN a question about the first of a head noun THEN a first of another head noun contradicts it', () => {
    expect(firstHeadOf('国内第一家线上份额交易中心是哪家？')).toBe('中心');
    expect(ordinalFit('first', '2011年，国内第一家份额交易所成立。', '家', '中心')).toBe(-1);
    expect(ordinalFit('first', '青杉所是国内第一家获批的线上份额交易中心。', '家', '中心')).toBe(1);
  });
});

describe('which sentences answer, once the question is read', () => {
  const knowledge = buildKnowledgeFromDocs([
    doc(
      'a.txt',
      '青杉所研究',
      '一、青杉份额交易中心的份额转让\n青杉份额交易中心的份额可以转让，转让在线上完成。青杉份额交易中心实行会员制管理，转让前须成为会员。' +
        '青杉份额交易中心的转让产品分为三类。流转实行双向收费，成交额不足十万元的，买卖双方各向青杉所支付每笔3元手续费。\n\n' +
        '二、数据存放\n平台的数据可以放在本地机房、托管机房或公有云三种地方。本地机房安全，但建设与维护成本很高，起步平台难以承受。' +
        '公有云弹性好，但合规审查的顾虑不少。综合成本与安全，托管机房可能是多数起步平台当前的最佳选择。\n\n' +
        '三、份额交易的起源\n2011年4月，国内第一家份额交易所在临江开业，此后各地陆续开业了一批份额交易所。各地交易所的规模都不大。\n\n' +
        '四、青杉所\n它由三家券商发起，于2016年3月18日成立。青杉所是国内第一家获批的线上份额交易中心，主要撮合中小企业份额。\n\n' +
        '五、清退\n临江、河西、江北三地率先叫停辖内的份额交易所。当地监管部门随后发布了清退方案，要求半年内完成。' +
        '上述三地之所以先行，是因为辖内平台已无存量风险。',
    ),
  ]);

  it('GIVEN a fee question set in a named centre THEN the fee sentence is shown, not the sentences that only name the centre', () => {
    const answer = knowledge.ask('在青杉份额交易中心转让份额，手续费是怎么收的？');
    expect(answer.found).toBe(true);
    expect(answer.answer.join('')).toContain('每笔3元手续费');
  });

  it('GIVEN a pick among three named options THEN the sentence that judges one best is shown', () => {
    const answer = knowledge.ask('平台的数据放本地机房、托管机房还是公有云比较好？');
    expect(answer.found).toBe(true);
    expect(answer.answer.join('')).toContain('最佳选择');
  });

  it('GIVEN the first of a head noun and its date THEN the first of another kind and its date are not shown first', () => {
    const answer = knowledge.ask('国内第一家线上份额交易中心是哪家？啥时候开业的');
    expect(answer.found).toBe(true);
    expect(answer.answer.join('')).toContain('2016年3月18日');
    expect(answer.answer[0]).not.toContain('2011年4月');
  });

  it('GIVEN a sentence that points back by name (上述三地) THEN the sentence naming the three is shown before it', () => {
    const answer = knowledge.ask('为什么上述三地可以先行？');
    expect(answer.found).toBe(true);
    const text = answer.answer.join('');
    expect(text).toContain('是因为辖内平台已无存量风险');
    expect(text.indexOf('临江、河西、江北三地')).toBeGreaterThanOrEqual(0);
    expect(text.indexOf('临江、河西、江北三地')).toBeLessThan(text.indexOf('上述三地'));
  });
});
