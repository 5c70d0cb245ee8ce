/** JSON shapes of the CLI contract and their human-readable twins. */
import {
  answerReply,
  answerStatus,
  checkReply,
  statusAnswerReply,
  type Answer,
  type CheckResult,
  type Registry,
  type SearchResult,
} from '../bot/wiring.js';
import { renderText } from './render-text.js';

export function searchJson(results: SearchResult[]) {
  return results.map((r) => ({
    doc: r.doc,
    title: r.title,
    section: r.section,
    passage: r.passage,
    text: r.text,
    highlights: r.highlights,
    score: Number(r.score.toFixed(4)),
  }));
}

export function askJson(answer: Answer) {
  return {
    question: answer.question,
    answer: answer.answer,
    sources: answer.sources.map((s) => ({ doc: s.doc, title: s.title, section: s.section, passage: s.passage })),
    found: answer.found,
    ...(answer.lead ? { lead: answer.lead } : {}),
    ...(answer.found ? {} : { suggestions: answer.suggestions }),
  };
}

export function checkJson(result: CheckResult) {
  return {
    level: result.level,
    flags: result.flags.map((f) => ({
      id: f.id,
      name: f.name,
      severity: f.severity,
      evidence: f.evidence,
      explanation: f.explanation,
      sources: f.sources.map((s) => ({ doc: s.doc, title: s.title, section: s.section, passage: s.passage })),
    })),
    yield: result.yield ? { annualPercent: result.yield.annualPercent, text: result.yield.text, basis: result.yield.basis } : null,
    unchecked: result.unchecked,
    advice: result.advice,
    ...(result.problem ? { problem: result.problem } : {}),
  };
}

export function statusJson(query: string, registry: Registry) {
  const answer = answerStatus(query, registry);
  return {
    query,
    // date and source are those of the statement in statusText (a closure notice, or the latest report on the kind).
    matches: answer.lines.map(({ entry, how, text, date, source }) => ({
      name: entry.name,
      aliases: entry.aliases,
      status: entry.status,
      date,
      region: entry.region,
      source,
      match: how,
      statusText: text,
      ...(entry.founded ? { founded: entry.founded } : {}),
    })),
    suggestions: answer.suggestions.map((e) => e.name),
    warning: answer.warning,
  };
}

export function printSearch(results: SearchResult[]): void {
  if (results.length === 0) {
    console.log('没有找到相关段落。');
    return;
  }
  results.forEach((r, i) => {
    console.log(`${i + 1}. 《${r.title}》${r.section ? ` · ${r.section}` : ''}  [${r.passage}]  score ${r.score.toFixed(2)}`);
    console.log(`   ${r.text}\n`);
  });
}

export const printAsk = (answer: Answer): void => console.log(renderText(answerReply(answer)));
export const printCheck = (result: CheckResult): void => console.log(renderText(checkReply(result)));
export const printStatus = (query: string, registry: Registry): void =>
  console.log(renderText(statusAnswerReply(answerStatus(query, registry))));
