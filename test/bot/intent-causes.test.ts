import { describe, expect, it } from 'vitest';
import { classifyIntent } from '../../bot/intent.js';

// /watch and free-text routing read the same check: a warning in any register is answered as a question.
describe('round-6 warnings and notices are not offers', () => {
  it.each([
    '【声明】本行从未授权任何人以本行名义推销“稳赚不赔”的理财，请勿上当。',
    '我邻居被骗过，对方说月息三分还保本，大家引以为戒。',
    'PSA: a "no-risk 3% a week" crypto club is going round the group again. Do not join.',
    '接到推销电话：“内部额度，日收益1%”，我当场挂了电话。',
  ])('GIVEN %j THEN question, never offer', (text) => {
    expect(classifyIntent(text).intent).toBe('question');
  });

  it.each([
    ['别信那些小平台，跟着我们做才靠谱，保本月息2分。', 'offer'],
    ['一年五万能拿九千，朋友推荐的，能投吗？', 'offer'],
  ])('GIVEN a pitch that borrows warning words or speaks its yield %j THEN %s', (text, intent) => {
    expect(classifyIntent(text).intent).toBe(intent);
  });
});
