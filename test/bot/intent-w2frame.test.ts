import { describe, expect, it } from 'vitest';
import { classifyIntent } from '../../bot/intent.js';

// Wave 2 (frames): news of what authorities did and legality questions route as questions, through the same
// offer check /watch uses; a pitch that cites the news stays an offer.
describe('wave-2 news and legality questions in free-text routing', () => {
  it.each([
    '据央视报道，多地已关停违规金融资产交易所。',
    '在国内挖矿到底违不违法？',
    'Regulators shut down the last P2P lenders across that region.',
  ])('GIVEN %j THEN question, never offer', (text) => {
    expect(classifyIntent(text).intent).toBe('question');
  });

  it('GIVEN a pitch that cites the closures THEN offer', () => {
    expect(classifyIntent('金交所虽然都关了，我们交易中心的产品照常兑付，年化12%，加微信认购。').intent).toBe('offer');
  });
});
