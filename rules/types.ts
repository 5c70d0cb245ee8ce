/** Result shapes of an offer check (contract: ../shared/spec/red-flags.md). */
import type { Citation } from '../knowledge/types.js';

export type RiskLevel = 'high' | 'medium' | 'low';

export interface Evidence {
  /** Exact words of the original offer text. */
  text: string;
  start: number;
  end: number;
}

export interface FlagHit {
  id: string;
  name: string;
  severity: 'high' | 'medium' | 'low';
  evidence: Evidence[];
  explanation: string;
  sources: Citation[];
}

export interface YieldFinding {
  annualPercent: number;
  /** The words the yield was read from, e.g. `月息2分`. */
  text: string;
  start: number;
  end: number;
  /** How it was annualised, for the reply, e.g. `月息2分 = 2 %/月 × 12`. */
  basis: string;
  /** The seller's guarantee of this rate with the rate (保证12%, "12% guaranteed"), when the offer guarantees it. */
  promise?: Evidence;
}

export interface CheckResult {
  level: RiskLevel;
  flags: FlagHit[];
  yield: YieldFinding | null;
  /** What the check could not verify (always non-empty for `low`). */
  unchecked: string[];
  /** What the user can do next. */
  advice: string[];
  /**
   * How the text speaks: `claims` (an offer, or nothing framed), `warning` (a warning or a report
   * about such offers, nothing claimed) or `question` (a question about a term, nothing claimed).
   * Free-text routing and /watch both read it, so a quoted warning is never answered as a promotion.
   */
  framing: 'claims' | 'warning' | 'question';
  /** Set when the input could not be checked at all (empty, no text, …). */
  problem?: string;
}
