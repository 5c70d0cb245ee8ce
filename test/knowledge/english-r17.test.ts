import { describe, expect, it } from 'vitest';
import { buildKnowledgeFromDocs } from '../../knowledge/index.js';
import type { SourceDoc } from '../../knowledge/types.js';

const doc = (file: string, title: string, text: string): SourceDoc => ({ file, path: `/${file}`, title, hash: file, text, kind: 'report' });

// Our own sentences. Round 17: English words the blind pools used for what the reports say in their own terms.
const knowledge = buildKnowledgeFromDocs([
  doc('a.txt', '地方监管对策', '建议建立行业评级制度，对网贷平台实行季度诚信红黑榜制度。乙平台是本地创建最早、规模最大的网贷平台。'),
  doc('b.txt', '创新试点观察', '应当适度提高创新的风险容忍度，同时加强消费者保护。多数试点项目的合作双方是银行与科技公司。'),
  doc('c.txt', '交易中心观察', '甲中心与丙银行合作建立交易资金存管体系，资金流向实时可查。'),
]);

describe('round 17: everyday English for the reports’ terms', () => {
  const cases: Array<[string, string]> = [
    ['Does the report suggest a blacklist for online lending platforms?', '红黑榜'],
    ['Which is the oldest and largest lending platform there?', '创建最早'],
    ['How tolerant of risk should regulators be with innovation?', '容忍度'],
    ['Who teams up on the pilot projects?', '合作双方'],
    ['Which bank is the custodian for the client funds?', '存管'],
  ];
  for (const [q, want] of cases)
    it(`GIVEN "${q}" THEN the answer quotes the sentence with ${want}`, () => {
      const answer = knowledge.ask(q);
      expect(answer.found).toBe(true);
      expect(answer.answer.join('')).toContain(want);
    });
});
