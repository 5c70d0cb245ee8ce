/** The registry of exchanges, platforms and companies named in the reports, and their status. */

/** `no-closure-record`: no dated source records a closure; the kind's latest report speaks for it. `operating` needs a dated source saying so. */
export type EntityStatus = 'no-closure-record' | 'operating' | 'qualification-cancelled' | 'renamed-out' | 'deregistered' | 'closed';
export type EntityKind = 'exchange' | 'pseudo_exchange' | 'platform' | 'company' | 'regulator';

export interface RegistrySource {
  /** Corpus file name or note file, when the fact comes from the corpus. */
  doc?: string;
  title: string;
  section?: string;
  /** For facts from outside the reports: URL and the date it was read. */
  url?: string;
  accessed?: string;
}

export interface RegistryEntry {
  id: string;
  name: string;
  aliases: string[];
  kind: EntityKind;
  /** Most specific place named for it (city, or province/municipality), e.g. `西安`, `湖南`, `重庆`; '' when unknown. */
  region: string;
  /** Province-level division, e.g. `陕西` for 西安; equals region for municipalities; '' when unknown. */
  province?: string;
  status: EntityStatus;
  /** ISO date (YYYY-MM-DD, YYYY-MM or YYYY) of the source the status comes from; null only for no-closure-record. */
  date: string | null;
  /** When it was set up, from the reports; never shown as a status. */
  founded?: string;
  source: RegistrySource;
  note?: string;
}

/** What the latest dated report says of a whole kind (e.g. every 金交所 is to close). */
export interface SectorStatement {
  kind: EntityKind;
  /** Regex source an entry's name must match for the statement to speak for it. */
  match: string;
  date: string;
  says: string;
  source: RegistrySource;
}

export interface RegistryMatch {
  entry: RegistryEntry;
  /** How the name matched: exact name, alias, without company suffix, or by edit distance. */
  how: 'name' | 'alias' | 'suffix' | 'fuzzy';
  distance: number;
}

/** A mention of a registry entry inside free text, with offsets into that text. */
export interface RegistryMention {
  entry: RegistryEntry;
  text: string;
  start: number;
  end: number;
}

export interface StatusUpdate {
  name: string;
  status: EntityStatus;
  date: string | null;
  region?: string;
  source: RegistrySource;
}

export interface Registry {
  lookup(name: string): RegistryMatch[];
  mentions(text: string): RegistryMention[];
  /** Entries in a region (province, municipality or city), e.g. for "四地取消辖内金交所资质". */
  inRegion(region: string, kind?: EntityKind): RegistryEntry[];
  all(): readonly RegistryEntry[];
  /** Applies a status change learnt from news; returns the updated or new entry. */
  apply(update: StatusUpdate): RegistryEntry;
  /** Near misses for a name that matched nothing, best first ("did you mean"). */
  suggest?(name: string, limit?: number): RegistryEntry[];
  sectors?(): readonly SectorStatement[];
  /** The same for many updates in order, re-indexing once at the end (restoring after a restart). */
  applyAll?(updates: StatusUpdate[]): RegistryEntry[];
}
