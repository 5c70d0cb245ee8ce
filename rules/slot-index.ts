/**
 * Which concept slots can occur in a text, found in one pass over it. Every slot word is indexed by its
 * first one or two characters; a text's characters and character pairs then mark the slots whose words
 * may start there. A concept with an unmarked slot cannot match, and most concepts have one, so the
 * exact search (./concepts.ts) runs for few of them — instead of a regular expression per slot per text.
 */

const SLOTS_BY_HEAD = new Map<string, number[]>();
let slotCount = 0;
// Per UTF-16 unit: 1 when a one-character head is that unit, 2 when a two-character head starts with it. A text's
// units outside every head are passed over without making or looking up a string.
const HEAD_UNITS = new Uint8Array(0x10000);

/** Registers a slot's words and returns the slot's id. */
export function indexSlot(words: readonly string[]): number {
  const id = slotCount;
  slotCount += 1;
  for (const word of words) {
    const head = word.slice(0, 2);
    let ids = SLOTS_BY_HEAD.get(head);
    if (!ids) SLOTS_BY_HEAD.set(head, (ids = []));
    if (ids.at(-1) !== id) ids.push(id);
    if (head.length > 0) HEAD_UNITS[head.charCodeAt(0)]! |= head.length === 1 ? 1 : 2;
  }
  return id;
}

/** A text's marks: the slots that may occur in it, and the word heads it holds. */
export interface SlotScan {
  norm: string;
  present: Uint8Array;
  /** Each head the text holds, with where it stands (ascending). */
  heads: Map<string, number[]>;
  /** Per slot id: 0 not yet looked up, 1 one of its words occurs, 2 none does. */
  exact: Uint8Array;
}

function mark(norm: string, head: string, at: number, present: Uint8Array, heads: Map<string, number[]>): void {
  const ids = SLOTS_BY_HEAD.get(head);
  if (!ids) return;
  const places = heads.get(head);
  if (places) {
    if (places.at(-1) !== at) places.push(at);
  } else heads.set(head, [at]);
  for (const id of ids) present[id] = 1;
}

function scan(norm: string): SlotScan {
  const present = new Uint8Array(slotCount);
  const heads = new Map<string, number[]>();
  for (let i = 0; i < norm.length; i += 1) {
    const kinds = HEAD_UNITS[norm.charCodeAt(i)] as number;
    if (kinds === 0) continue;
    if (kinds & 1) mark(norm, norm[i] as string, i, present, heads);
    // The text's last unit is a one-character head or none (looked up above).
    if (kinds & 2 && i + 1 < norm.length) mark(norm, norm.slice(i, i + 2), i, present, heads);
  }
  return { norm, present, heads, exact: new Uint8Array(slotCount) };
}

// A check reads one text and its folded form, rule after rule: remember both.
const recent: Array<{ norm: string; marks: SlotScan }> = [];

/** For each slot id, whether one of its words may occur in `norm` (never false when one does). */
export function slotScan(norm: string): SlotScan {
  const hit = recent.find((r) => r.norm === norm && r.marks.present.length === slotCount);
  if (hit) return hit.marks;
  const marks = scan(norm);
  recent.unshift({ norm, marks });
  recent.length = Math.min(recent.length, 2);
  return marks;
}

/** Whether a registered slot word may occur in the scanned text: its head is there. */
export const mayOccur = (marks: SlotScan, word: string): boolean => marks.heads.has(word.slice(0, 2));

/** Whether `word` starts at one of the places its head stands: the same answer as norm.includes, without reading the whole text. */
function occursAt(norm: string, word: string, places: readonly number[]): boolean {
  for (const at of places) if (norm.startsWith(word, at)) return true;
  return false;
}

/** Whether one of a slot's words occurs in the scanned text (as a substring; whole words are checked later). */
export function slotOccurs(marks: SlotScan, id: number, words: readonly string[], heads: readonly string[]): boolean {
  if (marks.present[id] !== 1) return false;
  if (marks.exact[id] === 0) {
    let found = false;
    for (let i = 0; i < words.length && !found; i += 1) {
      const places = marks.heads.get(heads[i] as string);
      found = places !== undefined && occursAt(marks.norm, words[i] as string, places);
    }
    marks.exact[id] = found ? 1 : 2;
  }
  return marks.exact[id] === 1;
}
