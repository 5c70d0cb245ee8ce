import { describe, expect, it } from 'vitest';
import { buildKnowledgeFromDocs } from '../../knowledge/index.js';
import type { SourceDoc } from '../../knowledge/types.js';

const doc = (file: string, title: string, text: string): SourceDoc => ({ file, path: `/${file}`, title, hash: file, text, kind: 'report' });

// Our own sentences: a person named by a one-syllable surname and a two-syllable given name, written as one word in pinyin.
const reports = [
  doc('a.txt', '行业观察', '在一次行业论坛上，协会主任周宏仁表示：全国累计违规平台已超过3200家。大量平台选择转型或主动退出。'),
  doc('b.txt', '地方观察', '地方金融监管部门要求各类平台按时披露产品信息，投资人应核实平台资质。周边城市也开展了排查。'),
];
const knowledge = buildKnowledgeFromDocs(reports);

describe('A person named in pinyin, the given name written as one word', () => {
  const asked = [
    'Zhou Hongren: violating platforms tally',
    'What did Zhou Hongren say about violating platforms?',
    'how many violating platforms did zhou hongren count',
  ];
  for (const q of asked)
    it(`GIVEN "${q}" THEN the name is read as 周宏仁 and the answer quotes what he said`, () => {
      const answer = knowledge.ask(q);
      expect(answer.found).toBe(true);
      expect(answer.answer.join('')).toContain('3200家');
    });
});
