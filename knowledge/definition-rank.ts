/**
 * The asked definition as a ranking feature. A question asking what a thing is or is for (付税宝是干嘛
 * 用的, 3TAN-DAS的全称是什么) is answered by the sentence that defines it ("付税宝"是网金社…打造的…,
 * X是指…), and a rare product's name is written in every passage about it: by shared words alone the
 * passages on its other facts (its risk model, its results) rank as high as the one saying what it
 * is. Whether a sentence defines is type-evidence.ts's `defines`, the test the sentence choice
 * applies to what it shows.
 */
import { defines, thingDefined } from './type-evidence.js';
import { normalizeForMatch } from './text.js';
import { mandarinAsking } from './question.js';

/** Weight of a defining sentence (0 or 1), as the ordinal's and the asked figure's. */
export const DEFINITION_WEIGHT = 0.5;
/** How many leaders are read: a rare name's defining passage sits anywhere among the candidates. */
export const DEFINITION_DEPTH = 20;

const SENTENCES = /[^。！？!?；;\n]+/g;
// A definition may open a sentence or a clause after a lead-in (总结来说，付税宝是…).
const CLAUSE_MARK = /[，,：:]/g;
// Before the subject: spaces, quotes, brackets, a list mark (（一）, 1、).
const OPENING = /^(?:\s|[“"'‘「『《（(]|[（(]?[一二三四五六七八九十\d]+[)）、.])+/;
// What a question adds to the name it asks about: the kind of thing (付税宝这个产品, X系统) or the
// attribute asked (X的全称): the defining sentence names the thing itself.
const KIND_TAIL = /(?:这个|这款|这种|那个)?(?:产品|系统|平台|服务|工具|业务|模式|项目)$|的?(?:全称|全名|简称|名称|名字)$/;
// 是个什么流程 asks how the thing works, not what it is: its steps answer, not its definition.
const ASPECT_ASKED = /(?:是个?|有)(?:什么|啥)(?:样的)?(?:流程|机制|原理|过程|步骤|程序|规则|特点|区别|关系)/;

export interface AskedDefinition {
  /** The ways the asked thing may be written, longest first (网金社的3tan-das系统, 3tan-das系统, 3tan-das). */
  subjects: string[];
}

/** The thing a definition question asks about, with its shorter forms; null for another question. */
export function askedDefinition(question: string, isDefinition: boolean): AskedDefinition | null {
  if (!isDefinition || ASPECT_ASKED.test(normalizeForMatch(question))) return null;
  // Read in Mandarin (付税宝系做乜嘢用 → 付税宝是做什么用): the subject ends where the asking begins.
  const subject = thingDefined(mandarinAsking(normalizeForMatch(question)));
  if (subject === null) return null;
  // The head after the last 的 is the thing (网金社的3TAN-DAS系统 asks of 3TAN-DAS, not of 网金社).
  const head = subject.split('的').at(-1) ?? '';
  const bare = [subject, head].map((f) => f.replace(KIND_TAIL, ''));
  // A character or two of the asker's left before the name (听说过链贷宝 → 过链贷宝): the name without them.
  const trimmed = bare
    .filter((f) => /^[\u3400-\u9fff]/.test(f))
    .flatMap((f) => [f.slice(1), f.slice(2)])
    .filter((f) => f.length >= 3);
  const forms = new Set([subject, ...bare, ...trimmed].filter((f) => f.length >= 2));
  return { subjects: [...forms].sort((a, b) => b.length - a.length) };
}

/**
 * 1 when a clause of the (folded) text opens with the asked thing and defines it ("付税宝"是…打造的…,
 * 3TAN-DAS是…的一款…), else 0. A sentence naming it further on (以网金社为例，其"3TAN-DAS"系统和"付税宝"
 * 就是…典型) speaks of something else and only mentions it.
 */
export function definitionReading(folded: string, asked: AskedDefinition): number {
  const named = asked.subjects.filter((s) => folded.includes(s));
  if (named.length === 0) return 0;
  for (const sentence of folded.match(SENTENCES) ?? [])
    for (const at of [0, ...[...sentence.matchAll(CLAUSE_MARK)].map((m) => m.index + 1)]) {
      const opening = sentence.slice(at).replace(OPENING, '');
      for (const subject of named) {
        if (opening.startsWith(subject) && defines(opening, subject)) return 1;
      }
    }
  return 0;
}
