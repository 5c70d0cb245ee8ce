import { describe, expect, it } from 'vitest';
import { checkOffer } from '../../rules/check-offer.js';

const annual = (text: string): number | undefined => checkOffer(text).yield?.annualPercent;

describe('round 16', () => {
  it('GIVEN a rate followed by how often it is paid out THEN the schedule is not its period; GIVEN a period word THEN it is', () => {
    expect(annual('Guaranteed 12%, paid monthly. Only 3 slots left.')).toBe(12);
    expect(annual('保证12%收益，每月付息')).toBe(12);
    expect(checkOffer('Savings account, 2.5% interest paid monthly, FSCS protected.').level).toBe('low');
    expect(annual('Earn 3% monthly returns')).toBe(36);
    expect(annual('每月返息2%')).toBe(24);
    expect(annual('USDT staking, 1.5% paid daily')).toBe(547.5);
  });
});
