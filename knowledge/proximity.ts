/** Proximity of the query's words in a passage: a small rerank bonus for passages that hold them close. */

/**
 * How tightly the query's matched words sit together in a text: 1 when the smallest window holding
 * one occurrence of each is as short as the words themselves, falling towards 0 as it widens.
 */
export function proximity(normal: string, words: string[], mayHold: (word: string) => boolean = () => true): number {
  return groupProximity(
    normal,
    words.map((w) => [w]),
    mayHold,
  );
}

/**
 * The same over groups of words, any one of which stands for its group (the translations of one
 * English word, 互联网金融 or 互金): the window must hold one word of each group found. Unless
 * `nested`, a word found inside a longer word of another group does not count for its group.
 */
export function groupProximity(normal: string, groups: string[][], mayHold: (word: string) => boolean = () => true, nested = true): number {
  const found: Array<{ at: number; word: number; len: number }> = [];
  groups.forEach((alternatives, word) => {
    for (const w of alternatives) {
      if (!mayHold(w)) continue;
      for (let at = normal.indexOf(w); at >= 0; at = normal.indexOf(w, at + 1)) found.push({ at, word, len: w.length });
    }
  });
  // A word inside another group's word (平台 in 网贷平台) is not a second word beside it.
  const hits = nested
    ? found
    : found.filter((h) => !found.some((o) => o.word !== h.word && o.len > h.len && o.at <= h.at && h.at + h.len <= o.at + o.len));
  const distinct = new Set(hits.map((h) => h.word)).size;
  if (distinct < 2) return 0;
  hits.sort((a, b) => a.at - b.at);
  const counts = new Map<number, number>();
  let best = Infinity;
  let have = 0;
  for (let lo = 0, hi = 0; hi < hits.length; hi += 1) {
    const h = hits[hi] as { at: number; word: number; len: number };
    counts.set(h.word, (counts.get(h.word) ?? 0) + 1);
    if (counts.get(h.word) === 1) have += 1;
    while (have === distinct) {
      const l = hits[lo] as { at: number; word: number; len: number };
      best = Math.min(best, h.at + h.len - l.at);
      counts.set(l.word, (counts.get(l.word) ?? 0) - 1);
      if (counts.get(l.word) === 0) have -= 1;
      lo += 1;
    }
  }
  const length = groups.reduce((sum, g) => sum + Math.min(...g.map((w) => w.length)), 0);
  return Math.min(1, (2 * length) / Math.max(best, 1));
}
