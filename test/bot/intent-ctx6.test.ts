import { describe, expect, it } from 'vitest';
import { classifyIntent } from '../../bot/intent.js';

// Round 6 (context): notices in the enumerated registers route as questions; a victim's own question, a pitch that
// borrows a slogan, and a pitch that names a rival stay offers.
describe('round-6 context registers in free-text routing', () => {
  it.each([
    '天上不会掉馅饼，凡是说年化20%还保本的都是圈套。',
    '经法院审理查明，被告人对外承诺“月息2分、到期还本”，骗取资金三千万元。',
    '我表哥前年投了个养老项目，后来才知道是非法集资，大家千万别碰。',
    'Heads up: the "mentor" DMs offering 3% a day are scams, do not reply.',
  ])('GIVEN the notice %j THEN question, never offer', (text) => {
    expect(classifyIntent(text).intent).toBe('question');
  });

  it.each([
    '平台说提现要先交一笔解冻金，我已经交了还是提不出来，这是不是诈骗？',
    '天上不会掉馅饼，但我们这个真的保本，年化13%。',
    '比你那个网贷强多了，我们月息1.8分。',
  ])('GIVEN %j THEN offer', (text) => {
    expect(classifyIntent(text).intent).toBe('offer');
  });
});
