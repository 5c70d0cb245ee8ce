/**
 * Passages as columns, for the index file: a table of the distinct document, title and section
 * strings; per passage their numbers and its offsets; ids and texts as UTF-8 bytes with offsets.
 * A loaded list decodes a passage when it is asked for, so a start over 300 000 passages costs a
 * few views on the file instead of a million objects (and the collections they cost).
 */
import { numbering } from './flat-index.js';
import type { Passage } from './types.js';

/** What search and answers need of the passages: a length and one passage at a time. */
export interface PassageList {
  readonly length: number;
  at(index: number): Passage | undefined;
  /** The passage's document and its id, without decoding the passage. */
  docOf(index: number): string | undefined;
  idOf(index: number): string | undefined;
}

/** A list over passages in memory (a freshly built index). */
export function passageList(passages: readonly Passage[]): PassageList {
  return {
    length: passages.length,
    at: (index) => passages[index],
    docOf: (index) => passages[index]?.doc,
    idOf: (index) => passages[index]?.id,
  };
}

export interface PassageColumns {
  /** JSON array of the distinct doc, title and section strings. */
  strings: Buffer;
  /** Per passage: doc, title and section as numbers in `strings`. */
  fields: Uint32Array;
  /** Per passage: start and end in the document text. */
  spans: Float64Array;
  ids: Buffer;
  /** Byte offsets of each id in `ids` (one more than there are passages). */
  idOffsets: Float64Array;
  texts: Buffer;
  textOffsets: Float64Array;
}

function blob(values: string[]): { bytes: Buffer; offsets: Float64Array } {
  const parts = values.map((v) => Buffer.from(v, 'utf8'));
  const offsets = new Float64Array(values.length + 1);
  parts.forEach((p, i) => (offsets[i + 1] = (offsets[i] as number) + p.length));
  return { bytes: Buffer.concat(parts), offsets };
}

export function encodePassages(list: PassageList): PassageColumns {
  const { numbers: strings, numberOf: number } = numbering();
  const fields = new Uint32Array(list.length * 3);
  const spans = new Float64Array(list.length * 2);
  const ids: string[] = [];
  const texts: string[] = [];
  for (let i = 0; i < list.length; i += 1) {
    const p = list.at(i) as Passage;
    fields.set([number(p.doc), number(p.title), number(p.section)], i * 3);
    spans.set([p.start, p.end], i * 2);
    ids.push(p.id);
    texts.push(p.text);
  }
  const id = blob(ids);
  const text = blob(texts);
  return {
    strings: Buffer.from(JSON.stringify([...strings.keys()]), 'utf8'),
    fields,
    spans,
    ids: id.bytes,
    idOffsets: id.offsets,
    texts: text.bytes,
    textOffsets: text.offsets,
  };
}

/** Offsets that start at 0, never decrease and end at the blob's size. */
function validOffsets(offsets: Float64Array, size: number): boolean {
  if (offsets[0] !== 0 || offsets[offsets.length - 1] !== size) return false;
  for (let i = 1; i < offsets.length; i += 1) if (!((offsets[i] as number) >= (offsets[i - 1] as number))) return false;
  return true;
}

/** A list over stored columns; null when they are inconsistent (a damaged file), never a wrong passage. */
export function decodePassages(columns: PassageColumns, count: number): PassageList | null {
  const { fields, spans, ids, idOffsets, texts, textOffsets } = columns;
  if (fields.length !== count * 3 || spans.length !== count * 2 || idOffsets.length !== count + 1 || textOffsets.length !== count + 1)
    return null;
  if (!validOffsets(idOffsets, ids.length) || !validOffsets(textOffsets, texts.length)) return null;
  let strings: unknown;
  try {
    strings = JSON.parse(columns.strings.toString('utf8'));
  } catch {
    return null;
  }
  if (!Array.isArray(strings) || !strings.every((s) => typeof s === 'string')) return null;
  for (let i = 0; i < fields.length; i += 1) if ((fields[i] as number) >= strings.length) return null;
  const table = strings as string[];
  const inRange = (index: number): boolean => Number.isInteger(index) && index >= 0 && index < count;
  return {
    length: count,
    docOf: (index) => (inRange(index) ? table[fields[index * 3] as number] : undefined),
    idOf: (index) => (inRange(index) ? ids.toString('utf8', idOffsets[index], idOffsets[index + 1]) : undefined),
    at(index) {
      if (!inRange(index)) return undefined;
      return {
        id: ids.toString('utf8', idOffsets[index], idOffsets[index + 1]),
        doc: table[fields[index * 3] as number] as string,
        title: table[fields[index * 3 + 1] as number] as string,
        section: table[fields[index * 3 + 2] as number] as string,
        text: texts.toString('utf8', textOffsets[index], textOffsets[index + 1]),
        start: spans[index * 2] as number,
        end: spans[index * 2 + 1] as number,
      };
    },
  };
}
