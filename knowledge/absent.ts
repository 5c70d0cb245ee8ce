/**
 * Concepts of a question that the indexed texts (reports and notes) never mention. A Chinese word
 * of two or more characters occurs in some passage only if each of its bigrams is a term of the
 * index (the analyzer indexes every bigram of every run), so characters that no known bigram of
 * the question covers belong to words the corpus does not hold: 宁德时代, 交强险, 下周. One such
 * character alone is usually a function word or a typo; two or more in a row make an absent word.
 */

// Characters that join words rather than make them: runs are cut there, so a word is never joined
// to its neighbour through them (我的钱 is 我 and 钱, not one unknown run).
const JOINERS = /[的了吗呢吧啊呀么我你他她它们在和与及或把被将对从向给让会能还要就也都是有这那些个该]/;

/** The runs of the question's folded text whose characters no known bigram covers, 2+ characters long. */
export function absentSpans(folded: string, known: (term: string) => boolean): string[] {
  const spans: string[] = [];
  for (const run of folded.match(/[\u3400-\u9fff]+/g) ?? []) {
    for (const piece of run.split(JOINERS)) {
      if (piece.length < 2) continue;
      const covered = new Array<boolean>(piece.length).fill(false);
      for (let i = 0; i + 2 <= piece.length; i += 1) {
        if (known(piece.slice(i, i + 2))) covered[i] = covered[i + 1] = true;
      }
      let start = -1;
      for (let i = 0; i <= piece.length; i += 1) {
        if (i < piece.length && !covered[i]) {
          if (start < 0) start = i;
        } else if (start >= 0) {
          if (i - start >= 2) spans.push(piece.slice(start, i));
          start = -1;
        }
      }
    }
  }
  return spans;
}
