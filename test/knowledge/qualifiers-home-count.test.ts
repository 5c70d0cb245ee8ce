import { describe, expect, it } from 'vitest';
import { dropsQualifier } from '../../knowledge/qualifiers.js';

// Our own wording: dictionary senses as a translator would give them, and one passage's words.
const passage = (text: string) => (zh: string) => text.includes(zh);

describe('home-country and count words in an English compound qualify nothing', () => {
  const regulator = [
    { source: 'china', terms: ['中国'] },
    { source: 'chinese', terms: ['中国', '我国'] },
    { source: 'securities regulator', terms: ['证监会'], glossary: true },
  ];
  for (const q of [
    'when did china securities regulator start the pilot',
    'Where did the chinese securities regulator start the pilot?',
    'in which city did the china securities regulator begin',
  ])
    it(`GIVEN "${q}" and a passage naming 证监会 without 中国 THEN nothing is dropped: the reports are about China`, () => {
      expect(dropsQualifier(q, regulator, passage('证监会在北京率先启动试点。'))).toBe(false);
    });

  const counts = [
    { source: 'numbers', terms: ['多少', '编号'] },
    { source: 'count', terms: ['计数'] },
    { source: 'platform', terms: ['平台'] },
    { source: 'china', terms: ['中国'] },
  ];
  for (const q of ['platform numbers China 2016', 'P2P platform count China end-2016', 'what were the platform numbers in China'])
    it(`GIVEN "${q}" THEN a count word asks how many, and qualifies no noun`, () => {
      expect(dropsQualifier(q, counts, passage('全国平台总数已达4624家，中国'))).toBe(false);
    });

  it('GIVEN a common noun before the head (bond market regulator) THEN it still qualifies', () => {
    const senses = [
      { source: 'bond', terms: ['债券'] },
      { source: 'market regulator', terms: ['监管部门'], glossary: true },
    ];
    expect(dropsQualifier('when did the bond market regulator start', senses, passage('监管部门在北京启动试点。'))).toBe(true);
  });
});
