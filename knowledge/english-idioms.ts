/**
 * English words of an asker's figure of speech, which the dictionary translates literally or not at
 * all: "only on paper" has no paper in it, "window dressing" no window, "kick off" no kick, "a
 * bunch of outfits" means several firms. Left untranslated they read as names the reports never
 * mention; they are not what is asked, so the absence check does not count them.
 */

// Common English idioms and phrasal verbs of business and news writing (general knowledge).
const IDIOMS: RegExp[] = [
  /\bon paper\b/,
  /\bwindow[- ]dress(?:ing|ed)?\b/,
  /\b(?:kick|kicks|kicked|kicking) (?:off|in)\b/,
  /\ba (?:bunch|handful|host|raft|slew|string|wave) of\b/,
  /\b(?:make|makes|made|making|grab|grabs|grabbed|hit|hits|hitting) (?:the |negative |bad |big )*headlines\b/,
  /\b(?:negative|bad|big|front-page) headlines\b/,
  /\b(?:draw|draws|drew|drawn|learn|learns|learned|learnt|take|takes|took) (?:away )?(?:a |the |any )?(?:key |main |big )?lessons?\b/,
  /\blessons? (?:to (?:be )?(?:draw|learn)n?|learned|learnt)\b/,
  /\b(?:safety|cash|capital) (?:cushion|buffer|net)\b/,
  /\bcushion(?:s|ed)? (?:the )?(?:blow|losses|impact)\b/,
  /\b(?:fly-by-night|shady|dodgy|fake|sham|bogus) (?:outfits?|operators?)\b/,
  // In money matters an outfit is a firm, never clothing.
  /\boutfits?\b/,
  /\blessons?\b(?: [a-z']+){0,8} (?:draw|learn|take)\b/,
  /\bred tape\b/,
  /\brule of thumb\b/,
  /\bacross the board\b/,
  /\bin the (?:red|black|pipeline|long run|short run|wake of)\b/,
  /\btip of the iceberg\b/,
  /\bbehind the scenes\b/,
  /\bin a nutshell\b/,
  /\bat stake\b/,
  /\bon the (?:table|cards|hook|line|ground)\b/,
  /\bball ?park\b/,
  /\bgame[- ]changer\b/,
  /\bsilver bullet\b/,
  /\blow-hanging fruit\b/,
  /\bbottom line\b/,
  /\bred flags?\b/,
  /\b(?:rein|reins|reined) in\b/,
  /\b(?:prop|props|propped) up\b/,
  /\b(?:bail|bails|bailed) out\b/,
  /\b(?:crack|cracks|cracked|clamp|clamps|clamped) down\b/,
  /\b(?:wind|winds|wound) (?:up|down)\b/,
  /\b(?:roll|rolls|rolled|phase|phases|phased) (?:out|in)\b/,
  /\b(?:come|comes|came) (?:out )?on top\b/,
];

/** Whether an untranslated word of the question stands inside one of its figures of speech. */
export function idiomatic(word: string, question: string): boolean {
  const q = question.toLowerCase();
  return IDIOMS.some((re) => {
    for (const m of q.matchAll(new RegExp(re.source, 'g'))) if (new RegExp(`\\b${word}\\b`).test(m[0])) return true;
    return false;
  });
}
