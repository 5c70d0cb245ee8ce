import { describe, expect, it } from 'vitest';
import { normalizeForMatch } from '../../knowledge/text.js';

describe('帐 read as 账 (text.ts normalizeForMatch)', () => {
  it('GIVEN an account word written with 帐 THEN it is matched as the 账 the standard writes, offsets kept', () => {
    expect(normalizeForMatch('坏帐和帐户')).toBe('坏账和账户');
    expect(normalizeForMatch('坏帐和帐户')).toHaveLength(5);
    expect(normalizeForMatch('壞帳')).toBe('坏账');
  });
});
