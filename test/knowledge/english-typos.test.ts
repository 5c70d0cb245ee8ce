import { describe, expect, it } from 'vitest';
import { buildKnowledgeFromDocs } from '../../knowledge/index.js';
import { reportDoc } from '../helpers/docs.js';

// Our own sentences. An English question typed in a hurry: a word one letter off the dictionary's.
const knowledge = buildKnowledgeFromDocs([
  reportDoc('a.txt', '网贷行业观察', '截至去年底，全国网贷平台共有三千家，其中问题平台一千二百家。'),
  reportDoc('b.txt', '地方监管对策', '地方政府应当加强监管协同，建立跨部门的信息共享机制。'),
  reportDoc('c.txt', '销售管理', '佣金标准由行业协会统一制定，销售人员不得私下收取费用。'),
  reportDoc('d.txt', '创新试点观察', '多数试点项目的合作双方是银行与科技公司，试点期限一般为一年。'),
]);

describe('a misspelt English word is read as the dictionary word it misses by one letter', () => {
  const cases: Array<[string, string, string]> = [
    ['Who decides the comission?', 'Who decides the commission?', '佣金标准'],
    ['How many platfroms are there?', 'How many platforms are there?', '三千家'],
  ];
  for (const [typed, meant, want] of cases)
    it(`GIVEN "${typed}" THEN it is answered as "${meant}" is, quoting ${want}`, () => {
      const answer = knowledge.ask(typed);
      expect(answer.found).toBe(true);
      expect(answer.answer.join('')).toContain(want);
      expect(answer.answer).toEqual(knowledge.ask(meant).answer);
    });

  it('GIVEN a question about something the reports never mention, misspelt or not THEN it is still refused', () => {
    expect(knowledge.ask('What is the best mortgage rate for a first home?').found).toBe(false);
    expect(knowledge.ask('What is the best mortgage rate for a first hoem?').found).toBe(false);
    expect(knowledge.ask('Is the resturant downstairs open on Sundays?').found).toBe(false);
  });
});
