import { describe, expect, it } from 'vitest';
import { classifyIntent } from '../../bot/intent.js';

// Round 6b: the softer notice cues route a warning as a question; a victim's own question and a bare-rate pitch stay offers.
describe('round-6b notices, victims and bare rates in free-text routing', () => {
  it.each([
    '提醒各位群友：凡是说月息三分还保本的，一律别理。',
    '我们集团郑重声明：从未委托任何人在微信群里代销理财产品。',
    'Mods here: any post offering a fixed 4% a week will be deleted, do not reply to them.',
  ])('GIVEN the warning %j THEN question, never offer', (text) => {
    expect(classifyIntent(text).intent).toBe('question');
  });

  it.each(['他让我先交两千解冻费才能提现，交完还是提不了，我是不是被骗了？', '这款月化1.6，钱打我卡上就行。'])(
    'GIVEN %j THEN offer',
    (text) => {
      expect(classifyIntent(text).intent).toBe('offer');
    },
  );
});
