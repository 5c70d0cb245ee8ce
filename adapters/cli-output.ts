/** JSON shapes of the CLI contract and their human-readable twins. */
import type { Answer, SearchResult } from '../knowledge/types.js';
import type { RegistryMatch } from '../knowledge/registry/types.js';
import type { CheckResult } from '../rules/types.js';
import { answerReply, checkReply, statusReply } from '../bot/reply.js';
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

export function statusJson(query: string, matches: RegistryMatch[]) {
  return {
    query,
    matches: matches.map(({ entry, how }) => ({
      name: entry.name,
      aliases: entry.aliases,
      status: entry.status,
      date: entry.date,
      region: entry.region,
      source: entry.source,
      match: how,
    })),
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
export const printStatus = (query: string, matches: RegistryMatch[]): void => console.log(renderText(statusReply(query, matches)));
