/**
 * When a report cue (./frame-cues.ts REPORT) really frames its sentence as a report. A report retells what an
 * authority, a court or the press did or said; an authority's name alone is no report. Sellers name the police,
 * a regulator or a court to sound safe ("The police can't touch us", "法院判了我们没事", "even the court ruled in
 * our favour"): there the authority is the seller's shield, and the sentence is the pitch, so the frame must not
 * swallow it.
 */
import { REPORT } from './frame-cues.js';
import { INTAKE, isIntake } from './notices.js';

const AT = new RegExp(REPORT.source, 'y');

// A bare "police" reports something only with an act of its own or an act done to it (police said, called the
// police, a police statement). Modal and negated verbs ("can't touch us") are no act: they are read as a shield.
const POLICE_ONLY = /^police$/;
const ACT_AFTER = new RegExp(
  // "police in Wenzhou report", "police of the district warned": a place may stand between the police and their act.
  '^(?:\\s+(?:in|of|from|at)(?:\\s+[a-z][a-z-]*){1,3}?)?(?:\\s+(?:have|has|had|are|were|will|then|later|also|quickly|soon|eventually))?\\s*' +
    '(?:said|say|says|stated|states?|reported|reports?|warned|warn|warns|warnings?|arrested|arrests?|detained|charged|raided|seized|froze|frozen|' +
    'investigat\\w*|launched|announced|confirmed|urged|urges?|appealed|issued|released|believed?|told|found that|are looking|looking into|involved|' +
    'closed|shut|caught|cracked|busted|statements?|officers?|stations?|cases?|notices?|posters?|alerts?|bulletins?|advisor(?:y|ies)|departments?|' +
    'chiefs?|officials?|spokes\\w*|records?|files?|stepped in|came|showed up|knocked|got involved|opened|reminds?|reminded|' +
    'tips?|hotline|[:：])',
);
const ACT_BEFORE =
  /\b(?:according to|told|tell|called|call|calling|contacted|contact|went to|go to|going to|reported (?:it |this |them |him |her |the \w+ )?to|informed|inform|alerted|by|with|help of|and|or)\s+(?:the\s+|local\s+|our\s+|my\s+)*$/;

// What the authority does for the seller, right after its cue, in its own clause.
const SHIELD =
  /^[^，,。;；!！?？]{0,20}?(?:\b(?:can't|cannot|can not|couldn't|won't|will never|never|don't|doesn't|didn't)\b[^,.;!?]{0,14}?\b(?:touch|stop|catch|shut|close|do anything|do a thing|bother|find anything|find a thing|prove|care)\b|\bin our favou?r\b|\bon our side\b|\b(?:approved|cleared|backed|backs|back|protects?|protected|checked|vetted|inspected|investigated|looked into|signed off on|okayed|ok'd)\s+(?:us|our)\b|\bfound nothing\b|\bnothing wrong\b|\bno problem\b|\bno case\b|(?:我们|我司|公司|平台|项目)(?:都|也)?(?:没事|没问题|合法|无罪|胜诉|没毛病)|都(?:没事|没问题)|拿(?:我们|我司)?没办法|管不了|查不了|动不了|不敢(?:动|管|查))/;
// "even the court", 连法院都: naming an authority to boast, not to report.
const BOAST_BEFORE = /(?:\beven\b|就连|连)\s*(?:the\s+)?$/;

const VICTIM = /^(?:受害人|受害者|被害人)$/;
const INTAKE_AT = new RegExp(`^(?:${INTAKE.source})`);

/** Whether the REPORT cue at `at` (inside norm[…, end)) frames its sentence as a report. */
export function isReportAct(norm: string, at: number, end: number): boolean {
  AT.lastIndex = at;
  const cue = AT.exec(norm)?.[0];
  if (cue === undefined) return true;
  const before = norm.slice(Math.max(0, at - 24), at);
  const after = norm.slice(at + cue.length, Math.min(end, at + cue.length + 48));
  if (SHIELD.test(after) || BOAST_BEFORE.test(before)) return false;
  // 受害人反映：…, 被害人称…: the victim relaying their own case to whoever takes it down is the case, not a report.
  if (VICTIM.test(cue) && INTAKE_AT.test(norm.slice(at, end)) && isIntake(norm)) return false;
  if (POLICE_ONLY.test(cue)) return ACT_AFTER.test(after) || ACT_BEFORE.test(before);
  return true;
}

// Before a report cue in its sentence, a pitch told to the asker (我舅舅说这个平台年化13%，让我也投，新闻上说…): the asker's
// case, set against the news. The report then covers its own clause onward, not the pitch before it.
const PITCHED_BEFORE =
  /(?:让|叫|劝|拉|带|约|推荐|介绍)(?:我|我们|我家|我爸|我妈|老人)|(?:跟|对|给|向)(?:我|我们|我爸|我妈)(?:说|讲|推荐|介绍|推销)|说[^，,。；;]{0,16}(?:年化|月息|日息|每天|每月|\d\s*[%％]|保本)|\b(?:offered|pitched|told) (?:me|us|my \w+)\b/;

/** Whether the words before a report cue, in its sentence, tell a pitch made to the asker. */
export const pitchedBefore = (norm: string, from: number, at: number): boolean => PITCHED_BEFORE.test(norm.slice(from, at));
