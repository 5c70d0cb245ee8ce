import { describe, expect, it } from 'vitest';
import { buildKnowledgeFromDocs } from '../../knowledge/index.js';
import { outOfScope, taskOf } from '../../knowledge/scope.js';
import { noteDoc, untitledDoc as doc } from '../helpers/docs.js';

// Made-up report and note about an invented lending site (青岑贷) and exchange (澄湾中心); no corpus text.
const report = doc(
  'r.txt',
  [
    '青岑贷等网贷平台的借款人逾期率在清退前一年升到一成以上，平台收购逾期债权的做法加重了亏损。',
    '澄湾中心的垫税服务面向进口企业，试点一年服务了一千二百家企业，笔均税单四万元。',
    '投资者赎回货币基金的门槛低，挤兑风险随之上升。',
  ].join(''),
);
const note = noteDoc(
  'n.md',
  '兑付不了怎么办',
  '一、到期兑付不了怎么办\n产品到期兑付不了，持有人要保存合同和转账记录，留意属地金融管理部门的处置公告，按公告登记债权。\n二、存款\n存款要选择存款保障覆盖的正规产品，对高息揽储保持警惕。',
);
const knowledge = buildKnowledgeFromDocs([report, note]);

describe("the asker's own course: what to do, or whether to sell, repay or redeem", () => {
  it('GIVEN 我该怎么办 or 要不要/还用 + a verb of one’s own money THEN it is read as a personal task', () => {
    expect(taskOf('网贷逾期了天天被催收，我该怎么办？')).toBe('advice');
    expect(taskOf('基金亏了两成，要不要赎回？')).toBe('赎回');
    expect(taskOf('平台倒闭了，我在上面借的钱还用还吗？')).toBe('还');
    expect(taskOf('怎么在手机上开一个证券账户')).toBe('开户');
    // A product's own requirement (要不要抵押) is a fact the reports may state.
    expect(taskOf('这个垫税产品要不要拿房子抵押？')).toBeNull();
  });

  it('GIVEN such a question that no note addresses THEN the report’s sentence sharing its words is not quoted', () => {
    expect(knowledge.ask('青岑贷逾期了天天被催收，我该怎么办？').found).toBe(false);
    expect(knowledge.ask('货币基金亏了，要不要赎回？').found).toBe(false);
    expect(knowledge.ask('青岑贷倒闭了，我在上面借的钱还用还吗？').found).toBe(false);
  });

  it('GIVEN 怎么办 about what a note addresses THEN the note answers', () => {
    const answer = knowledge.ask('产品到期兑付不了，我的钱该怎么办？');
    expect(answer.found).toBe(true);
    expect(answer.answer.join('')).toContain('登记债权');
  });
});

describe('who owes a tax, and whether a clause asks it', () => {
  it('GIVEN a firm’s import duty told in the story THEN it is no personal tax question', () => {
    expect(taskOf('我开了家小外贸公司，进口货要交关税，澄湾中心的垫税服务帮过多少家企业？')).toBeNull();
    expect(taskOf('进口企业需要交哪些关税？')).toBeNull();
    expect(taskOf('我卖基金赚的钱需要交税吗')).toBe('交');
  });

  it('GIVEN such a story THEN the report’s count is the answer', () => {
    const answer = knowledge.ask('我开了家小外贸公司，进口货要交关税，澄湾中心的垫税服务试点一年帮过多少家企业？');
    expect(answer.found).toBe(true);
    expect(answer.answer.join('')).toContain('一千二百家');
  });
});

describe('a money fund’s seven-day yield asked in English', () => {
  it('GIVEN the annualised form or "nowadays" THEN it is a live quote', () => {
    expect(outOfScope('Does that money fund still pay a seven day annualised return over two percent nowadays?')).toBe('live-quote');
    expect(outOfScope('Tell me the 7 day annualized return of the fund right now')).toBe('live-quote');
    expect(outOfScope('How did money funds grow in 2016?')).toBeNull();
  });
});

describe('a how-much question is answered by a figure', () => {
  it('GIVEN only sentences that share its words but state no amount THEN it is refused', () => {
    expect(knowledge.ask('存款保障最多能赔多少钱？').found).toBe(false);
  });

  it('GIVEN a sentence with the count THEN it is answered', () => {
    const answer = knowledge.ask('澄湾中心的垫税服务试点一年服务了多少家企业？');
    expect(answer.found).toBe(true);
    expect(answer.answer.join('')).toContain('一千二百家');
  });
});
