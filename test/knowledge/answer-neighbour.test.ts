import { describe, expect, it } from 'vitest';
import { givesAnswer, statesCause, unitOf } from '../../knowledge/asked.js';
import { buildKnowledgeFromDocs } from '../../knowledge/index.js';
import { answerTypeOf } from '../../knowledge/question.js';
import { definitionSubject, meetsPeak, servesAs, strongCue } from '../../knowledge/type-evidence.js';
import { reportDoc as doc } from '../helpers/docs.js';

// An invented report about an invented venue (澜川所) and invented figures; no corpus or eval text.
// Each section is its own passage, so the count and the cause stand in the passage after the subject's.
const report = [
  '一、仿冒平台的出现',
  '在澜川所被整顿的同时，一批名称里挂着“资产登记”字样的仿冒平台开始在各地注册，继续替融资方做产品备案。' +
    '这些仿冒平台不再申请地方批文，而是以信息服务公司的名义开展业务，规模扩张很快。' +
    '此后，主管部门针对这些仿冒平台在全国范围内又开展了新一轮专项整治，重点排查其备案和销售渠道。',
  '二、整治的进展',
  '据了解，截至目前已有37家公司被清理，其中不少刚完成注册还没有开展业务。' +
    '这一轮行动把风险挡在了扩散之前，也让地方对同类公司的设立审核更严。' +
    '业内普遍认为，只要投融资两端的需求还在，类似的通道生意仍会换个名目出现。',
  '三、三座城市先行',
  '今年春天，北岭、南渡、西塘三座城市先后公告撤销辖内澜川所分支的业务资质，公告的内容基本一致。' +
    '三地的公告还提示了仿冒平台的风险，并对地方交易场所的经营作出规定。' +
    '这被看作各地分支陆续退出的开始，其余城市的分支预计将在两年内完成清退。',
  '四、先行的缘故',
  '之所以是这三座城市迈出撤销资质的第一步，是因为它们的分支此前风控一直较严，已经没有存量风险。' +
    '其余城市的分支还有未兑付的老产品，需要先完成清偿再谈退出，节奏因此会慢一些。' +
    '监管人士表示，退出不是一夜之间完成的，而是按各地实际情况有序推进。',
].join('\n');
const filler = [
  '一、其他业务',
  '小额贷款公司的放贷对象以个体工商户为主，主要风险来自关联交易和过度授信，监管要求其按季度报送经营数据。' +
    '部分公司通过助贷合作扩大规模，但合作方的风控能力参差不齐，坏账率在经济下行时上升明显。',
].join('\n');
// Notes from other towns that share the subject's words (and no count), so the passage holding the
// count ranks below the five read, as it does in a large corpus.
const towns = ['东港', '西岭', '北湖', '南桥', '中川', '上溪'];
const notes = towns.map((town, i) =>
  doc(
    `town${i}.txt`,
    `${town}简报`,
    `一、${town}的整治\n${town}对仿冒平台的整治仍在进行，清理工作由${town}的金融办牵头，并与市场监管部门共享名单。` +
      `${town}还要求辖内的信息服务公司说明其备案业务的来源，拒不说明的将被约谈，相关名单会定期向社会公布。`,
  ),
);
const knowledge = buildKnowledgeFromDocs([doc('lanchuan.txt', '澜川所的整顿', report), doc('other.txt', '小贷观察', filler), ...notes]);

describe('the kind of answer asked, read in keyword questions and in sentences', () => {
  it('GIVEN a question written as keywords ending in a count noun THEN it asks a number in that unit', () => {
    expect(answerTypeOf('仿冒平台 整治 家数')).toBe('number');
    expect(unitOf('仿冒平台 整治 家数', 'number')).toBe('家');
    expect(unitOf('受骗 人数', 'number')).toBe('人');
    // Personal data (个人数据) names no count of people.
    expect(unitOf('泄露个人数据的多少', 'number')).toBeNull();
    // A question word still decides the type; the count noun only speaks when none does.
    expect(answerTypeOf('哪家平台的交易金额最大')).toBe('entity');
  });

  it('GIVEN sentences that narrate and sentences that state a cause THEN only the stated cause counts as one', () => {
    expect(statesCause('之所以选这里，是因为租金低。')).toBe(true);
    expect(statesCause('这一问题的根源在于信息不对称。')).toBe(true);
    expect(statesCause('平台随后关停，投资者因此受损。')).toBe(false);
    expect(givesAnswer('截至目前已有37家公司被清理。', 'number', '家', null)).toBe(true);
    // A figure in another unit, or a count asked with no unit, is not given outright.
    expect(givesAnswer('截至目前清理了三成。', 'number', '家', null)).toBe(false);
    expect(givesAnswer('截至目前已有37家公司被清理。', 'number', null, null)).toBe(false);
    expect(givesAnswer('平台的风险不少。', 'method', null, null)).toBe(false);
  });
});

describe('an answer that stands in the passage after the one about its subject', () => {
  it('GIVEN a count question whose count stands in the passage after the one naming its subject THEN the count is shown, cited to that passage', () => {
    // Asked without the count sentence's own words (公司): at dcd8dfb, before neighbours were read, a town
    // note's sentence was shown and the count was not.
    const answer = knowledge.ask('仿冒平台那轮整治，清理了多少家？');
    expect(answer.found).toBe(true);
    const at = answer.answer.findIndex((s) => s.includes('37家'));
    expect(at).toBeGreaterThanOrEqual(0);
    // The citation is where the sentence is, not the passage that names the subject.
    expect(answer.sources[at]?.text).toContain('37家公司被清理');
    expect(answer.sources[at]?.text).not.toContain('新一轮专项整治');
  });

  it('GIVEN a why question THEN the sentence that states the cause is shown, not the one that only names the three cities', () => {
    const answer = knowledge.ask('为啥偏偏是那三座城市带头先撤销澜川所的资质？');
    expect(answer.found).toBe(true);
    // It goes first, before the sentence that names the cities in the question's own words.
    expect(answer.answer[0]).toContain('风控一直较严');
  });

  it('GIVEN a question that asks no figure, date, cause or names THEN no sentence from a passage not read is shown', () => {
    const answer = knowledge.ask('仿冒平台是以什么名义开展业务的');
    expect(answer.found).toBe(true);
    expect(answer.answer.join('')).not.toContain('37家');
  });
});

describe('what a thing is for', () => {
  it('GIVEN the ways people ask what a thing is for THEN the question asks a definition of that thing', () => {
    for (const q of ['青杉宝到底是干嘛用的？', '青杉宝有什么用', '青杉宝是做什么的', '青杉宝起什么作用']) {
      expect(answerTypeOf(q)).toBe('definition');
      expect(definitionSubject(q)).toBe('青杉宝');
    }
  });

  it('GIVEN a sentence that says what the thing does and one that only names it THEN only the first is evidence', () => {
    const cue = strongCue('definition', '青杉宝是干嘛用的');
    expect(cue?.('青杉宝是两家公司合作开发的一站式缴费融资产品，实现企业在线融资直接缴费的功能。')).toBe(true);
    expect(cue?.('它主要用于帮助小微企业垫付进口关税。')).toBe(true);
    expect(cue?.('青杉宝去年在三个城市试点，客户反馈不错。')).toBe(false);
    expect(servesAs('青杉宝去年在三个城市试点。', '青杉宝')).toBe(false);
  });

  it('GIVEN a purpose question THEN the sentence that says what it does is shown first', () => {
    // The report that names it most only tells its story; another says what it does.
    const purpose = buildKnowledgeFromDocs([
      doc(
        'qingshan.txt',
        '青杉宝的试点',
        '一、青杉宝的试点\n青杉宝去年在三个城市试点，试点期间青杉宝的客户反馈不错，青杉宝的名气也随之上升。' +
          '青杉宝今年计划把试点扩大到更多城市，青杉宝的团队也在扩招。',
      ),
      doc(
        'products.txt',
        '缴费类产品',
        '一、缴费类产品\n市场上的缴费类产品越来越多，竞争也很激烈。' +
          '青杉宝是两家公司合作开发的一站式缴费融资产品，实现企业在线融资直接缴费的功能。',
      ),
      doc('other.txt', '小贷观察', filler),
    ]);
    const answer = purpose.ask('青杉宝到底是干嘛用的？');
    expect(answer.found).toBe(true);
    expect(answer.answer[0]).toContain('一站式缴费融资产品');
  });
});

describe('the peak of something', () => {
  it('GIVEN a question about the peak THEN a sentence about the peak meets it and a figure of today does not', () => {
    expect(meetsPeak('青杉类平台最火的时候有多少家', '鼎盛时期全国的青杉类平台一度接近60家。')).toBe(true);
    expect(meetsPeak('青杉类平台最火的时候有多少家', '目前全国还有20几家青杉类平台。')).toBe(false);
    expect(meetsPeak('青杉类平台现在有多少家', '鼎盛时期全国的青杉类平台一度接近60家。')).toBe(false);
  });

  // A guard, not a proof: this case passed before meetsPeak too (the peak sentence already led); the
  // test above is what the peak reading adds.
  it('GIVEN a peak question and a figure of today in another report THEN the peak figure is shown first', () => {
    const peak = buildKnowledgeFromDocs([
      doc(
        'now.txt',
        '青杉类平台现状',
        '一、现状\n据不完全统计，目前全国的青杉类平台还有20几家，青杉类平台主要分布在东部省份，青杉类平台的业务以登记备案为主。',
      ),
      doc(
        'past.txt',
        '青杉类平台的兴衰',
        '一、兴衰\n前些年各地纷纷批准设立这类场所，审批相对宽松，不少地方把它当作招商引资的手段。鼎盛时期全国的青杉类平台一度接近60家。此后监管收紧，新设审批暂停，存量机构陆续整改或者更名，从业人员也大量流失。',
      ),
      doc('other.txt', '小贷观察', filler),
    ]);
    const answer = peak.ask('青杉类平台最火的时候全国有多少家？');
    expect(answer.found).toBe(true);
    expect(answer.answer[0]).toContain('接近60家');
  });
});
