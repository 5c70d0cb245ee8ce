import { describe, expect, it } from 'vitest';
import { runEntry, sharedCorpus, tempDataDir } from '../helpers/run.js';

// File names of the corpus and the notes, passage ids, flag ids in brackets, the notes' inline remarks.
const INTERNAL = /\.txt|\.md\b|#\d|\b\d{3}_[0-9a-f]{8,}|（[a-z_]+）|来源：同上|（来源：《/;

describe('npm start on the console with the reports (readable replies)', () => {
  it('GIVEN questions and offers in Chinese and English THEN no internal name is printed, and English gets English framing', async () => {
    const input = [
      '伪金交所被整治后出现了哪些新变种？',
      '某资产登记备案中心的定融，年化11%，保本保息，靠谱吗？',
      'A property-rights registration centre offers a directed-financing plan at 11% a year, principal and interest guaranteed. Is it safe?',
      'Why are the financial-asset exchanges being shut down?',
      '/help',
    ].join('\n');
    const result = await runEntry('adapters/main.ts', [], {
      env: { FINRISK_CORPUS: sharedCorpus, FINRISK_DATA_DIR: tempDataDir() },
      input: `${input}\n`,
    });
    expect(result.code).toBe(0);
    const [zhAnswer, zhCheck, enCheck, enAnswer, help] = result.stdout.trim().split(/\n\n+/);
    for (const reply of [zhAnswer, zhCheck, enCheck, enAnswer, help]) expect(reply).not.toMatch(INTERNAL);
    expect(zhAnswer).toMatch(/来源：\n\[1\]/);
    expect(zhCheck).toMatch(/^【风险等级：高风险】/);
    expect(enCheck).toMatch(/^【Risk level: High risk】/);
    expect(enCheck).toContain('Guaranteed principal and interest: ');
    expect(enCheck).toMatch(/\nSources:\n\[1\]/);
    // The frame may name the matched terms in both languages before the colon.
    expect(enAnswer).toMatch(/^From the reports \(quoted in Chinese\)[^\n]*:\n• “/);
    expect(help).toContain('/subscribe');
  }, 120_000);
});
