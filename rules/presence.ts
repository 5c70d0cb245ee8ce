/**
 * Which characters and character pairs a text holds, read once per text. A rule word can occur in
 * the text only if its first two UTF-16 units do, so a check asks these tables before it searches
 * for a word or runs a slot's alternation: most of the ~4,000 rule words are absent from any one
 * offer. Only a shortcut: whenever a table says "maybe", the search runs as before.
 *
 * Tables of generation stamps, not Sets: a lookup is one array read, and a new text costs one write
 * per character instead of clearing (a Set was slower than the regexes it spared on short offers).
 */
export interface Presence {
  /** False only when `key` cannot occur in the text. */
  may(key: string): boolean;
  /** False only when none of the keys can occur in the text (keys as compiled by `keyCodes`). */
  mayAny(codes: Int32Array): boolean;
}

const SIZE = 1 << 16;
const pairHash = (a: number, b: number): number => (a * 31 + b) & (SIZE - 1);

/** A key's first unit and first-pair hash, packed for `mayAny`: [unit or -1, pair hash or -1, …]. */
export function keyCodes(keys: readonly string[]): Int32Array {
  const out = new Int32Array(keys.length * 2);
  keys.forEach((k, i) => {
    out[i * 2] = k.length === 0 ? -2 : k.length === 1 ? k.charCodeAt(0) : -1;
    out[i * 2 + 1] = k.length >= 2 ? pairHash(k.charCodeAt(0), k.charCodeAt(1)) : -1;
  });
  return out;
}

class Table implements Presence {
  readonly units = new Int32Array(SIZE);
  readonly pairs = new Int32Array(SIZE);
  norm = '';
  stamp = 0;

  fill(norm: string, stamp: number): void {
    this.norm = norm;
    this.stamp = stamp;
    for (let i = 0; i < norm.length; i += 1) {
      const a = norm.charCodeAt(i);
      this.units[a] = stamp;
      if (i + 1 < norm.length) this.pairs[pairHash(a, norm.charCodeAt(i + 1))] = stamp;
    }
  }

  may(key: string): boolean {
    if (key.length === 0) return true;
    const a = key.charCodeAt(0);
    return key.length === 1 ? this.units[a] === this.stamp : this.pairs[pairHash(a, key.charCodeAt(1))] === this.stamp;
  }

  mayAny(codes: Int32Array): boolean {
    for (let i = 0; i < codes.length; i += 2) {
      const unit = codes[i] as number;
      if (unit === -2) return true;
      if (unit >= 0 ? this.units[unit] === this.stamp : this.pairs[codes[i + 1] as number] === this.stamp) return true;
    }
    return false;
  }
}

// Two tables: a check reads its text and its folded form in turn, rule after rule.
const tables = [new Table(), new Table()];
let stamp = 0;
let next = 0;

/** The presence tables of `norm`. */
export function presenceOf(norm: string): Presence {
  for (const t of tables) if (t.stamp !== 0 && t.norm === norm) return t;
  const t = tables[next] as Table;
  next = 1 - next;
  stamp += 1;
  t.fill(norm, stamp);
  return t;
}
