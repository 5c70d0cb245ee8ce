/**
 * The offer check: red flags with evidence, the annualised yield, and the risk level exactly as
 * ../shared/spec/red-flags.md defines it. Pure and total: bad input gives a result with `problem`.
 */
import type { Registry } from '../knowledge/registry/types.js';
import { normalizeForMatch } from '../knowledge/text.js';
import type { Citation } from '../knowledge/types.js';
import { compileConcepts, findConcepts, mayAnchor, type CompiledConcept } from './concepts.js';
import { foldCantonese } from './cantonese.js';
import { blockedAt, readFrames, type Frames } from './context.js';
import { detect, type Scan } from './detectors.js';
import { compileTerms, dedupe, findTriggers, isAsked, isDeniedForAll, isNegated, isWarned, type TermKey } from './match.js';
import { extractYields } from './numbers.js';
import { loadRules } from './load.js';
import type { Rule } from './schema.js';
import { readStance } from './stance.js';
import { notAnOfferFor } from './subject.js';
import type { CheckResult, Evidence, FlagHit, RiskLevel } from './types.js';
import { isFoil, isRival, ownEvidence } from './foils.js';
import { isRecruitingScheme } from './programmes.js';
import { paidToPerson, urgesBuyer } from './licensed.js';

export interface CheckDeps {
  registry?: Registry;
  /** Finds passages of the knowledge base that back a rule's explanation. */
  cite?: (query: string) => Citation[];
  rules?: readonly Rule[];
}

/** Longest text checked; the rest is reported as not checked. */
export const MAX_CHECK_CHARS = 10_000;
/**
 * Flags that make an offer high-risk on their own: exactly the spec's list. Our own flags
 * (fake_platform, withdrawal_blocked, …) count as "other flags", as the spec's level rule says;
 * their severity and advice still tell the user how serious they are.
 */
const HIGH_LEVEL = new Set([
  'guaranteed_return',
  'exchange_channel',
  'pseudo_exchange',
  'closed_entity',
  'crypto',
  'referral_scheme',
  'p2p_lending',
  'no_custody',
]);
const SEVERITY_ORDER = { high: 0, medium: 1, low: 2 };
interface Compiled {
  rule: Rule;
  patterns: RegExp[];
  terms: TermKey[];
  lookalikes: TermKey[];
  suppressedBy: TermKey[];
  schemeMarks: TermKey[];
  concepts: CompiledConcept[];
  /** One alternation of all terms: most rules miss most offers, and one regex test is cheaper than every indexOf. */
  probe: RegExp | null;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const custom = new WeakMap<readonly Rule[], Compiled[]>();

function compiledFor(rules: readonly Rule[]): Compiled[] {
  let c = custom.get(rules);
  if (!c) custom.set(rules, (c = compile(rules)));
  return c;
}

// Detectors that depend on other flags (low_entry) run after the term rules.
const compile = (rules: readonly Rule[]): Compiled[] =>
  rules
    .map((rule) => ({
      rule,
      patterns: rule.patterns.map((p) => new RegExp(p, 'gu')),
      terms: compileTerms(rule.terms),
      lookalikes: compileTerms(rule.lookalikes),
      suppressedBy: compileTerms(rule.suppressedBy),
      schemeMarks: compileTerms(rule.schemeMarks),
      concepts: compileConcepts(rule.concepts),
      probe:
        rule.terms.length > 0
          ? new RegExp(
              compileTerms(rule.terms)
                .map((t) => escape(t.key))
                .join('|'),
              'u',
            )
          : null,
    }))
    .sort((a, b) => Number(a.rule.detectors.includes('low_entry')) - Number(b.rule.detectors.includes('low_entry')));

// Loaded at import, so a broken rule file stops start-up with its RuleFileError instead of
// surfacing later as a `problem` on every check.
const defaults: Compiled[] = compile(loadRules());

/** Occurrences of a rule's terms, patterns and concepts that the offer claims (not negated, warned, asked). */
function claimed(scan: Scan, c: Compiled): Evidence[] {
  const terms = c.probe?.test(scan.norm) ? c.terms : [];
  const occurrences = findTriggers(scan.text, scan.norm, terms, c.patterns);
  // Most offers hold no first-slot word of most rules' concepts (./slot-index.ts reads the text once for all).
  const concepts = c.concepts.length > 0 && mayAnchor(scan.norm, c.concepts);
  if (occurrences.length === 0 && !concepts) return [];
  const lookalikes = c.lookalikes.length > 0 ? findTriggers(scan.text, scan.norm, c.lookalikes, []) : [];
  if (concepts) occurrences.push(...findConcepts(scan.text, scan.norm, c.concepts, lookalikes));
  if (occurrences.length === 0) return [];
  const claims = occurrences
    .filter((o) => !lookalikes.some((l) => o.start < l.end && o.end > l.start))
    // A rival named to be beaten (比你那个金交所产品靠谱) is not what is offered, whatever the rule's negation policy.
    .filter((o) => !isRival(scan.norm, o.start, o.end))
    .filter(
      (o) =>
        !c.rule.negatable ||
        (!isNegated(scan.norm, o.start) &&
          !isWarned(scan.norm, o.start) &&
          !isAsked(scan.norm, o.start, o.end) &&
          !blockedAt(scan.frames, o.start)),
    )
    .map(({ text, start, end }) => ({ text, start, end }));
  return claims.length > 1 ? dedupe(claims) : claims;
}

// A downline or a per-recruit percentage is a scheme even beside a programme's perks (积分, "open an account").
const schemeDespite = (id: string, norm: string): boolean => id === 'referral_scheme' && isRecruitingScheme(norm);

function isLegitimateKind(c: Compiled, scan: Scan): boolean {
  if (findTriggers(scan.text, scan.norm, c.schemeMarks, []).some((o) => !isNegated(scan.norm, o.start) && !blockedAt(scan.frames, o.start)))
    return false;
  return findTriggers(scan.text, scan.norm, c.suppressedBy, []).some((o) => !isFoil(scan.norm, o.start, o.end));
}

function yieldSeverity(percent: number): FlagHit['severity'] {
  return percent > 10 ? 'high' : percent > 8 ? 'medium' : 'low';
}

const overlaps = (a: Evidence, b: Evidence): boolean => a.start < b.end && b.start < a.end;

/**
 * How many claims the flags stand for: one phrase read by two flags (城投担保 is government backing and a guarantor,
 * 伪金交所 both exchange flags) is one claim of the offer, not two, for the "three or more flags" rule. Overlapping
 * evidence spans make one claim; each flag is matched to a claim of its own where it has one (政信类直融 for the
 * debt, 市里的信用背书 for the backing: two claims though 政信 is read by both), a maximum bipartite matching.
 */
function distinctClaims(flags: readonly FlagHit[]): number {
  const spans = flags.flatMap((f) => f.evidence);
  const claimOf = spans.map((_, i) => i);
  const root = (i: number): number => (claimOf[i] === i ? i : (claimOf[i] = root(claimOf[i] as number)));
  spans.forEach((a, i) => spans.forEach((b, j) => j < i && overlaps(a, b) && (claimOf[root(i)] = root(j))));
  let at = 0;
  const claimsOf = flags.map((f) => [...new Set(f.evidence.map(() => root(at++)))]);
  const holder = new Map<number, number>();
  const assign = (flag: number, seen: Set<number>): boolean => {
    for (const claim of claimsOf[flag] ?? []) {
      if (seen.has(claim)) continue;
      seen.add(claim);
      const other = holder.get(claim);
      if (other === undefined || assign(other, seen)) {
        holder.set(claim, flag);
        return true;
      }
    }
    return false;
  };
  return flags.reduce((n, _, i) => n + (assign(i, new Set()) ? 1 : 0), 0);
}

export function levelOf(flags: FlagHit[], yieldPercent: number | null): RiskLevel {
  // A 6–8 % yield is a caution band of its own, not one of the "three or more" flags.
  const counted = distinctClaims(flags.filter((f) => !(f.id === 'high_yield' && (yieldPercent ?? 0) <= 8)));
  if (flags.some((f) => HIGH_LEVEL.has(f.id)) || (yieldPercent ?? 0) > 8 || counted >= 3) return 'high';
  return flags.length > 0 ? 'medium' : 'low';
}

function problemResult(problem: string): CheckResult {
  return { level: 'low', flags: [], yield: null, unchecked: [], advice: [], framing: 'claims', problem };
}

/** Checks an offer against the red-flag rules. Total: any failure comes back as `problem`, never thrown. */
export function checkOffer(input: string, deps: CheckDeps = {}): CheckResult {
  try {
    return runCheck(typeof input === 'string' ? input : '', deps);
  } catch (error) {
    // Only a broken rule set or registry gets here; the user still gets an answer, not a crash.
    return problemResult(`检查失败（${(error as Error).message}）：请稍后再试，或把产品描述发给人工核实。`);
  }
}

function runCheck(input: string, deps: CheckDeps): CheckResult {
  const trimmed = input.trim();
  if (trimmed.length === 0) return problemResult('没有内容可检查：请粘贴产品描述（谁发行、在哪备案、收益多少、怎么付款）。');
  if (!/[\p{L}]/u.test(trimmed))
    return problemResult('这段内容里没有文字可检查（只有数字、符号或表情）：请描述产品本身，例如发行方、收益率和付款方式。');
  const text = input.slice(0, MAX_CHECK_CHARS);
  const compiled = deps.rules ? compiledFor(deps.rules) : defaults;
  // Cantonese is read as Mandarin (唔保本 = 不保本, 冇風險 = 无风险), offsets kept.
  const norm = foldCantonese(normalizeForMatch(text));
  const frames = readFrames(norm);
  // A rate inside a warning or a question about a term is not offered to anyone.
  const framed = extractYields(text).filter((y) => !blockedAt(frames, y.start) && !isDeniedForAll(norm, y.start));
  // A text that offers nothing now (a remark, a rule list, a lesson shared) names its words as its subject.
  const stance = readStance(norm, framed);
  frames.blocked.push(...stance);
  // What a seller once said (人家跟他说“保本保息”) is history in a text that offers nothing now: the stance reaches into quotes.
  if (stance.length > 0) frames.claims = frames.claims.filter((c) => !stance.some((s) => c.start >= s.start && c.start < s.end));
  const yields = stance.length > 0 ? framed.filter((y) => !blockedAt(frames, y.start)) : framed;
  const scan: Scan = { text, norm, frames, yields, deps };
  const fired = new Set<string>();
  const hits: FlagHit[] = [];
  for (const c of compiled) {
    const { rule } = c;
    // A deposit may be 保本, but no deposit pays over 6 %, nor into a person's card: a pitch that borrows the word keeps its flag.
    if (
      c.suppressedBy.length > 0 &&
      (scan.yields[0]?.annualPercent ?? 0) <= 6 &&
      isLegitimateKind(c, scan) &&
      !schemeDespite(rule.id, norm) &&
      !paidToPerson(norm) &&
      // A seller urging the buyer (错过不再有, 催我今天就签) presses haste whatever the product's name.
      !(rule.id === 'pressure_tactics' && urgesBuyer(norm))
    )
      continue;
    const found = claimed(scan, c);
    const detected = rule.detectors.flatMap((d) => detect(scan, d, fired));
    const evidence = ownEvidence(rule.id, detected.length > 0 ? dedupe([...found, ...detected]) : found, scan.norm);
    if (evidence.length === 0 || notAnOfferFor(rule.id, scan.norm, scan.yields.length > 0, scan.yields[0]?.annualPercent ?? null)) continue;
    fired.add(rule.id);
    const top = scan.yields[0];
    const severity = rule.id === 'high_yield' && top ? yieldSeverity(top.annualPercent) : rule.severity;
    hits.push({
      id: rule.id,
      name: rule.name,
      severity,
      evidence,
      explanation: rule.explanation,
      sources: citeSafely(deps, rule.backing.query),
    });
  }
  hits.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.evidence[0]!.start - b.evidence[0]!.start);
  const topYield = scan.yields[0] ?? null;
  const level = levelOf(hits, topYield?.annualPercent ?? null);
  return {
    level,
    flags: hits,
    yield: topYield,
    unchecked: uncheckedOf(input, deps),
    advice: adviceFor(level, fired),
    framing: framingOf(frames, hits),
  };
}

/** A text that claims nothing and holds a warning (or a question) is that, not an offer. */
function framingOf(frames: Frames, hits: FlagHit[]): CheckResult['framing'] {
  if (hits.length > 0) return 'claims';
  if (frames.blocked.some((b) => b.kind !== 'asked')) return 'warning';
  return frames.blocked.length > 0 ? 'question' : 'claims';
}

/** A failing knowledge base costs the citations, not the check. */
function citeSafely(deps: CheckDeps, query: string): Citation[] {
  try {
    return deps.cite?.(query) ?? [];
  } catch {
    return [];
  }
}

function uncheckedOf(input: string, deps: CheckDeps): string[] {
  const out = ['发行方是否持有金融牌照或经过批准（需到监管部门官网核实）', '资金是否由银行存管、合同是否真实'];
  if (!deps.registry) out.push('未查询机构登记册：是否为已关停、注销的机构');
  if (input.length > MAX_CHECK_CHARS) out.push(`只检查了前 ${MAX_CHECK_CHARS} 个字符`);
  return out;
}

function adviceFor(level: RiskLevel, fired: ReadonlySet<string>): string[] {
  const advice = ['到国家金融监督管理总局、证监会或属地地方金融管理部门官网核实机构和产品资质'];
  if (fired.has('no_custody') || level === 'high') advice.push('不要把钱转到个人账户或不明账户');
  if (fired.has('withdrawal_blocked')) advice.push('立即停止继续付款（包括“解冻费”“税费”），保留证据并报警');
  if (level === 'high') advice.push('如已投资，保存合同、宣传材料和转账记录，向公安机关报案或向地方金融管理部门举报');
  if (level === 'low') advice.push('未发现红旗不等于安全：只有看清发行方、底层资产和资金去向后再决定');
  return advice;
}
