/**
 * Names in news text: organisations cut at the right place (orgs.ts), platform brands (brands.ts),
 * licensees named by their licence (licensees.ts) and registry mentions with their registered names.
 * Offsets are into the text given, so the classifier can ask which name is the argument of which trigger.
 */
import { toSimplified } from '../../knowledge/text.js';
import type { Registry } from '../../knowledge/registry/types.js';
import { brands } from './brands.js';
import { licensed } from './licensees.js';
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
  const all = [...registered(text, registry), ...orgs(text, regionMask(text)), ...brands(text), ...licensed(text)];
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
