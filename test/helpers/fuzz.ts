/**
 * The abuse bench's fuzzed messages (a fifth of them 5,000-character commands), seeded so every run and every
 * test reads the same ones: bench/bench-abuse.ts times them, test/rules/speed-same-answers.test.ts checks the
 * fast paths on them. Kept under test/ because tests may not import bench/.
 */
/** A seeded generator in [0, 1) (mulberry32): see bench/stats.ts for why not an LCG. */
export function seeded(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (x + 0x6d2b79f5) >>> 0;
    let t = Math.imul(x ^ (x >>> 15), x | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

const PIECES = [
  '西安百金金融资产交易中心',
  '资产登记备案中心',
  '年化11%',
  '保本保息',
  '月息2分',
  '金交所为什么关停',
  '湖南',
  'P2P',
  '定融',
  '<b>x</b>',
  '[点此](https://x.example)',
  '@everyone',
  '\u200b',
  '\u202e',
  '🙂',
  '％',
  '１２３',
  '\u0000',
  '&amp;',
  '有限公司',
  ' ',
  '，',
  '？',
  'abc',
  '1e308',
  '-0',
];
const COMMANDS = [
  '/ask ',
  '/check ',
  '/status ',
  '/subscribe ',
  '/unsubscribe',
  '/subscriptions',
  '/help',
  '/start',
  '/feeds',
  '/nope ',
  '／status ',
  '/status@finrisk_bot ',
  '',
];

export function fuzzedMessages(count: number, seed = 18): string[] {
  const next = seeded(seed);
  const pick = <T>(items: T[]): T => items[Math.floor(next() * items.length)] as T;
  return Array.from({ length: count }, (_, i) => {
    const target = i % 5 === 0 ? 5000 : Math.floor(next() * 300);
    let text = pick(COMMANDS);
    while (text.length < target) text += next() < 0.2 ? String.fromCharCode(0x4e00 + Math.floor(next() * 20_000)) : pick(PIECES);
    return i % 5 === 0 ? text.slice(0, 5000) : text;
  });
}
