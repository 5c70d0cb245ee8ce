/**
 * Exchanges written by their short name without quotes (汉金所, 黔金所, 鄞交所): one to three characters,
 * usually the place, before 金所 or 交所. The name starts after the last stop word and a city written
 * before it (贵阳黔金所); words that only end in those characters (资金所需, 提交所有) are no names.
 */
import { findRegions } from '../../knowledge/regions.js';
import { DETERMINED, GENERIC, STOP, type Candidate } from './name-lexicon.js';

const SHORT_VENUE = /([\u4e00-\u9fff]{1,8}?)(金所|交所)(?![有得需剩在属用以占])/g;
// 资金所, 现金所, 提交所, 成交所: the characters before 金所/交所 belong to another word.
const NOT_BEFORE = { 金所: /[资现黄基押租奖税薪佣本]$/, 交所: /[提移递转成上]$/ } as const;

/** Where a name starts in a run of characters: after the last stop word in it. */
function afterStops(run: string): number {
  return [...run.matchAll(STOP)].reduce((end, s) => Math.max(end, (s.index as number) + s[0].length), 0);
}

export function shortVenues(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(SHORT_VENUE)) {
    const run = m[1] as string;
    const tail = m[2] as keyof typeof NOT_BEFORE;
    const cut = afterStops(run);
    const lead = findRegions(run.slice(cut)).find((r) => r.start === 0 && r.end < run.length - cut);
    const prefix = run.slice(cut + (lead?.end ?? 0));
    const at = (m.index as number) + cut + (lead?.end ?? 0);
    // X金交所 (辖内金交所, 贵州金交所) is a kind or a place with its kind; orgs.ts reads those.
    if (tail === '交所' && prefix.endsWith('金')) continue;
    if (prefix.length > 3 || NOT_BEFORE[tail].test(prefix) || GENERIC.test(prefix) || DETERMINED.test(prefix)) continue;
    out.push({ name: prefix + tail, start: at, end: at + prefix.length + tail.length, kind: 'brand', role: 'plain' });
  }
  return out;
}
