/**
 * `npx tsx bench/abuse-only.ts [passes] [--slowest N]`: the abuse bench's fuzz part alone (no
 * telegraf flood), the same 10,000 messages through the core, for comparing commits side by side.
 * Prints p50, p99 and max per pass, and with --slowest the N slowest messages (command, length, CPU ms).
 */
import path from 'node:path';
import { fuzz, fuzzBot, fuzzedMessages } from './bench-abuse.js';
import { median, ms, percentile } from './stats.js';

const args = process.argv.slice(2);
const passes = Number(args.find((a) => /^\d+$/.test(a)) ?? 1);
const slowest = args.includes('--slowest') ? Number(args[args.indexOf('--slowest') + 1] ?? 10) : 0;
const only = args.includes('--long') ? 'long' : 'all';
const corpusDir = (process.env.FINRISK_CORPUS ?? path.resolve(import.meta.dirname, '..', '..', 'shared', 'corpus')).split(':')[0] as string;

const { bot, store } = await fuzzBot(corpusDir);
const all = fuzzedMessages(10_000);
const messages = only === 'long' ? all.filter((m) => m.length >= 5000) : all;
await fuzz(bot, all.slice(0, 200)); // warm the JIT, as the bench does
for (let pass = 0; pass < passes; pass += 1) {
  const { samples: wall, cpu } = await fuzz(bot, messages);
  const samples = cpu;
  const line = (xs: number[]): string => `p50 ${ms(median(xs))} p99 ${ms(percentile(xs, 99))} max ${ms(Math.max(...xs))}`;
  console.log(`pass ${pass}: n=${wall.length} wall ${line(wall)} | cpu ${line(cpu)}`);
  if (args.includes('--classes') && pass === passes - 1) {
    // By what the router makes of the message: a command, or free text (checked, then answered or not).
    const classOf = (m: string): string => /^[/／]([A-Za-z_]+)(?:@\w+)?(?:\s|$)/.exec(m.trim())?.[1] ?? 'free text';
    const groups = new Map<string, number[]>();
    for (const [i, m] of messages.entries())
      groups.set(`${classOf(m)} ${m.length >= 5000 ? 'long' : 'short'}`, [
        ...(groups.get(`${classOf(m)} ${m.length >= 5000 ? 'long' : 'short'}`) ?? []),
        cpu[i] as number,
      ]);
    for (const [k, xs] of [...groups].sort((a, b) => percentile(b[1], 90) - percentile(a[1], 90)))
      console.log(
        `  ${k.padEnd(22)} n=${String(xs.length).padStart(5)} cpu p50 ${ms(median(xs))} p90 ${ms(percentile(xs, 90))} max ${ms(Math.max(...xs))}`,
      );
  }
  if (slowest > 0 && pass === passes - 1) {
    const order = samples.map((t, i) => [t, i] as const).sort((a, b) => b[0] - a[0]);
    for (const [t, i] of order.slice(0, slowest)) {
      const m = messages[i] as string;
      console.log(`  #${i} ${ms(t)} ms len ${m.length} ${JSON.stringify(m.slice(0, 24))}`);
    }
  }
}
await store.close();
