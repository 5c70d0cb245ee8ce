import { describe, expect, it } from 'vitest';
import { buildKnowledgeFromDocs } from '../../knowledge/index.js';
import { untitledDoc as doc } from '../helpers/docs.js';

// Made-up report about an invented bank (兰丰银行); no text of the corpus.

describe('an English question about what a body named in passing owns', () => {
  const knowledge = buildKnowledgeFromDocs([
    doc(
      'a.txt',
      [
        '中小银行的风险这几年频繁暴露，兰丰银行（Lanfeng Bank）在2019年因资不抵债被监管部门接管，几家农村银行也出现了取款难。',
        '存款保险制度保护小额存款人，银行被接管后存款人的存款仍可支取。',
      ].join(''),
    ),
    doc('b.txt', '债券投资者在银行破产清算中通常只能收回部分本金，次级债券持有人的损失更大。'),
  ]);

  it('GIVEN a question about what the body’s creditors got back, which its sentence never says THEN the bot says the reports do not cover it', () => {
    expect(knowledge.ask("What did Lanfeng Bank's creditors get back once it was taken over?").found).toBe(false);
  });

  it('GIVEN a question about what its sentence does say (the takeover year) THEN it is answered', () => {
    const answer = knowledge.ask('In which year was Lanfeng Bank taken over?');
    expect(answer.found).toBe(true);
    expect(answer.answer.join('')).toContain('2019');
  });
});
