/**
 * Which characters and character pairs a text holds, read once per text. A rule word can occur in
 * the text only if its first two UTF-16 units do, so a check asks these tables before it searches
 * for a rule term (concept slots have their own index, ./slot-index.ts): most of the ~1,300 rule
 * terms are absent from any one offer. Only a shortcut: whenever a table says "maybe", the search runs as before.
 *
 * Tables of generation stamps, not Sets: a lookup is one array read, and a new text costs one write
 * per character instead of clearing (a Set was slower than the regexes it spared on short offers).
 */
export interface Presence {
  /** False only when `key` cannot occur in the text. */
  may(key: string): boolean;
}

const SIZE = 1 << 16;
const pairHash = (a: number, b: number): number => (a * 31 + b) & (SIZE - 1);

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
