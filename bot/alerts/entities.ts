/**
 * Names in news text: organisations cut at the right place (orgs.ts), platform brands (brands.ts),
 * licensees named by their licence (licensees.ts) and registry mentions with their registered names.
 * Offsets are into the text given, so the classifier can ask which name is the argument of which trigger.
 */
import { toSimplified } from '../../knowledge/text.js';
import type { Registry } from '../../knowledge/registry/types.js';
import { brands } from './brands.js';
import { shortVenues } from './short-venues.js';
import { licensed, passiveLicensees } from './licensees.js';
import type { Candidate } from './name-lexicon.js';
import { orgs, regionMask } from './orgs.js';

export type { Candidate, Role } from './name-lexicon.js';

/**
 * Registry mentions, reported as written (西安百金金交中心, 汉金所): a mention of a registered venue is
 * a name even when it has no ending the name finder knows. The classifier links it to its registered name.
 */
function registered(text: string, registry: Registry): Candidate[] {
  return registry.mentions(text).map((m) => ({ name: m.text, start: m.start, end: m.end, kind: 'org' as const, role: 'plain' as const }));
}

/** Every name candidate in the text, in text order, overlaps resolved in favour of the longer span. */
export function findCandidates(written: string, registry: Registry): Candidate[] {
  // Boundaries are found on simplified characters (撤銷 stops a name as 撤销 does); names are reported as written.
  const text = toSimplified(written);
  const found = [
    ...registered(text, registry),
    ...orgs(text, regionMask(text)),
    ...brands(text),
    ...licensed(text),
    ...passiveLicensees(text),
    ...shortVenues(text),
  ];
  // 公司证券业务许可证: a bare 公司 refers back to a firm already named; it never opens a name.
  const all = found.filter((c) => !/^(?:本|该)?公司/.test(c.name));
  all.push(...shortForms(text, all));
  // Longer spans first; on the same span a brand (a quoted “远帆金服”) wins, so its operator is found.
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || Number(b.kind === 'brand') - Number(a.kind === 'brand'));
  const kept: Candidate[] = [];
  for (const c of all) {
    const over = kept.find((k) => c.start < k.end && c.end > k.start);
    if (!over) kept.push(c);
    else if (over.role === 'plain' && c.role !== 'plain' && c.start >= over.start && c.end <= over.end) over.role = c.role;
  }
  const asWritten = (c: Candidate): Candidate =>
    text !== written && c.name === text.slice(c.start, c.end) ? { ...c, name: written.slice(c.start, c.end) } : c;
  return kept.sort((a, b) => a.start - b.start).map(asWritten);
}

/**
 * A firm written in full once and elsewhere without its company suffix (汇川典当已关门。汇川典当有限公司成立于…):
 * the short form is a name too, reported by its full form (reported.ts).
 */
function shortForms(text: string, found: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of found) {
    const stem = c.kind === 'org' ? /^(.{4,})(?:股份有限公司|有限责任公司|有限公司)$/.exec(c.name)?.[1] : undefined;
    if (!stem) continue;
    for (let at = text.indexOf(stem); at >= 0; at = text.indexOf(stem, at + 1))
      if (!found.some((k) => at < k.end && at + stem.length > k.start)) out.push({ ...c, name: stem, start: at, end: at + stem.length });
  }
  return out;
}
