/**
 * English framing for replies to English questions and offers: level names, flag names and
 * explanations (data: ./i18n/flags.en.json), advice and the fixed sentences. Report quotes are never
 * translated. A wording the table does not know stays Chinese rather than being guessed.
 */
import path from 'node:path';
import { z } from 'zod';
import { loadJsonFile } from '../knowledge/json-file.js';

const FlagsEnSchema = z.object({
  version: z.literal(1),
  flags: z.record(z.object({ name: z.string().min(1), explanation: z.string().min(4) }).strict()),
});

export const FLAGS_EN_FILE = path.join(import.meta.dirname, 'i18n', 'flags.en.json');
const FLAGS_EN = loadJsonFile(FLAGS_EN_FILE, FlagsEnSchema).flags;

/** The English name and explanation of a flag, when the data has them. */
export function flagEn(id: string): { name: string; explanation: string } | undefined {
  return FLAGS_EN[id];
}

/** A flag's name in a language, from the English data; undefined when it has none. */
export function flagName(id: string, lang: 'en'): string | undefined {
  return lang === 'en' ? FLAGS_EN[id]?.name : undefined;
}

export const flagIdsWithEnglish = (): string[] => Object.keys(FLAGS_EN);

export const LEVEL_EN = { high: 'High risk', medium: 'Medium risk', low: 'Low risk (no red flags found)' } as const;

// The offer check words its advice and its "could not verify" list in Chinese (rules/check-offer.ts);
// these are their English twins, matched on the Chinese text.
const PHRASES: Array<[RegExp, string | ((m: RegExpExecArray) => string)]> = [
  [
    /^到国家金融监督管理总局、证监会或属地地方金融管理部门官网核实机构和产品资质$/,
    'Check the firm and the product on the websites of the National Financial Regulatory Administration, the CSRC or the local financial regulator',
  ],
  [/^不要把钱转到个人账户或不明账户$/, 'Do not send money to an individual or unknown account'],
  [
    /^立即停止继续付款（包括“解冻费”“税费”），保留证据并报警$/,
    'Stop paying at once (including any "unfreezing fee" or "tax"), keep the evidence and call the police',
  ],
  [
    /^如已投资，保存合同、宣传材料和转账记录，向公安机关报案或向地方金融管理部门举报$/,
    'If you have invested, keep the contract, the sales material and the transfer records, and report it to the police or the local financial regulator',
  ],
  [
    /^未发现红旗不等于安全：只有看清发行方、底层资产和资金去向后再决定$/,
    'No red flag found does not mean safe: decide only once you know the issuer, the underlying assets and where the funds go',
  ],
  [
    /^发行方是否持有金融牌照或经过批准（需到监管部门官网核实）$/,
    "whether the issuer holds a financial licence or approval (check on the regulator's website)",
  ],
  [/^资金是否由银行存管、合同是否真实$/, 'whether a bank holds the funds in custody, and whether the contract is genuine'],
  [/^未查询机构登记册：是否为已关停、注销的机构$/, 'the registry was not consulted: whether the firm has been closed or deregistered'],
  [/^只检查了前 (\d+) 个字符$/, (m) => `only the first ${m[1]} characters were checked`],
];

/** The English twin of a fixed Chinese phrase of the offer check; the Chinese itself when unknown. */
export function phraseEn(zh: string): string {
  for (const [pattern, en] of PHRASES) {
    const m = pattern.exec(zh);
    if (m) return typeof en === 'string' ? en : en(m);
  }
  return zh;
}

export const EN = {
  notFound: 'The reports do not answer this question, and I will not guess.',
  outOfScope: {
    'live-quote': 'The reports are dated research and hold no live prices, rates or quotes, so I cannot answer this, and I will not guess.',
    forecast: 'The reports make no price or market forecasts, so I cannot answer this, and I will not guess.',
    advice: 'The reports are dated research and pick no product or firm for today, so I cannot answer this, and I will not recommend one.',
  },
  covers: 'What I can answer about:',
  quoted: 'From the reports (quoted in Chinese):',
  yield: (percent: string, text: string) => `Yield, annualised: about ${percent} (from "${text}")`,
  unchecked: (items: string[]) => `Could not verify: ${items.join('; ')}`,
  advice: (text: string) => `Advice: ${text}`,
} as const;
