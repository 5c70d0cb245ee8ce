/** Shared shapes of the knowledge core. Everything here is plain data: it crosses into bot/ and rules/. */

/** A source document after reading: the text is already repaired (see ingest/repair.ts). */
export interface SourceDoc {
  /** File name as the CLI reports it (`doc` in the JSON contract), e.g. `000_6edacb817b9a59d4.txt`. */
  file: string;
  /** Absolute path, for error messages only. */
  path: string;
  title: string;
  date?: string;
  publisher?: string;
  /** Topics from the manifest, shown when a question falls outside the corpus. */
  topics?: string[];
  /** sha256 of the raw file bytes; the index is rebuilt when it changes. */
  hash: string;
  /** Repaired text: the text passages are cut from and the text users are shown. */
  text: string;
  kind: 'report' | 'note';
}

/** A passage of about 150–400 characters cut on sentence boundaries. */
export interface Passage {
  /** Stable id: `<file>#<n>`. */
  id: string;
  doc: string;
  title: string;
  /** Section path joined with ` > `, e.g. `第三章 风险 > （一）信用风险`; empty when none. */
  section: string;
  /** Shown text (original characters, not normalised). */
  text: string;
  /** Offsets of `text` in the repaired document text. */
  start: number;
  end: number;
}

/** A citation: enough to show where an answer comes from. */
export interface Citation {
  doc: string;
  title: string;
  section: string;
  passage: string;
  /** The passage text, for "show the full passage" buttons. */
  text?: string;
}

export interface SearchResult extends Citation {
  text: string;
  /** Character ranges [start, end) in `text` that matched the query. */
  highlights: Array<[number, number]>;
  score: number;
}

export interface Answer {
  question: string;
  /** 1–3 sentences, verbatim from passages; empty when nothing relevant was found. */
  answer: string[];
  /** One source per answer sentence, in order (deduplicated). */
  sources: Citation[];
  found: boolean;
  /** When nothing was found: topics the corpus does cover. */
  suggestions: string[];
  /**
   * A line to show before the quoted sentences: for an English question, an English frame naming
   * the matched key terms in both languages ("From the reports (quoted in Chinese): …"); for a
   * question the reports do not cover, what the reports are about.
   */
  lead?: string;
  /** Why a question is beyond any report whatever the corpus holds: a live quote, a forecast, or a pick among products for today. */
  outOfScope?: 'live-quote' | 'forecast' | 'advice';
}

export interface KnowledgeStats {
  documents: number;
  passages: number;
  /** Milliseconds spent building (0 when loaded from cache). */
  buildMs: number;
  fromCache: boolean;
}

/** The knowledge core as the bot and rules see it. */
export interface Knowledge {
  search(query: string, options?: { k?: number }): SearchResult[];
  ask(question: string): Answer;
  /** Looks a passage up by id (for "full passage" buttons). */
  passage(id: string): Passage | undefined;
  stats(): KnowledgeStats;
  /** The title a corpus file is cited by (the manifest's, else the document's own), when it is indexed. */
  titleOf(file: string): string | undefined;
}
