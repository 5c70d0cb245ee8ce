/**
 * The scene a question sets before (or after) what it asks: "我姑姑托熟人认购过一只产品，……
 * 请问这类产品的门槛多高？" tells who asks and why, then asks. The scene is the asker's own
 * life (a relative, a pension, a thesis, a hometown), which no report writes about; what the reports
 * must hold is what the asking clause asks. A word of the corpus's vocabulary is never missing, so
 * this only changes how much a word the corpus lacks weighs: in the scene it is the asker's story,
 * in the asking clause it is what is asked.
 */
import type { AbsentWord } from './absent.js';
import { clausesOf, isEnglish } from './clauses.js';
import type { QueryTerms } from './coverage.js';
import { tagWords } from './jieba.js';
import { normalizeForMatch } from './text.js';

// Who asks and why: the asker, their family and circle, their work or thesis. A clause without a
// question word that names none of them ("车贷月供太高了", "信用卡额度不够用") states the topic,
// not a scene, and stays part of what is asked.
const PERSONAL =
  /我|咱|俺|自己|家里|家人|老家|老伴|老公|老婆|爸|妈|爷爷|奶奶|姥|外公|外婆|儿子|女儿|孙子|孙女|舅|阿姨|叔叔|伯伯|姑姑|姥姥|姥爷|阿嬷|阿公|阿婆|阿爸|阿妈|婶|姨|表哥|表姐|表弟|表妹|哥哥|姐姐|弟弟|妹妹|亲戚|朋友|同事|同学|邻居|领导|导师|论文|作业|毕业/;
const EN_PERSONAL =
  /\b(?:i|i'm|i've|i'd|my|me|we|our|us)\b|\b(?:son|daughter|mother|father|mom|mum|dad|parents?|grand(?:mother|father|ma|pa|son|daughter)|wife|husband|uncle|aunt|cousin|friend|buddy|mate|pal|bro|neighbou?r|colleague|boss|student|dissertation|thesis|homework|teacher|professor)s?\b/;

export interface Story {
  /** The folded clauses that ask. */
  asking: string[];
  /** The folded clauses that only set the scene (empty when no clause asks, or every clause does). */
  scene: string[];
}

/** The question cut into clauses (clauses.ts), as asking or scene-setting. */
export function storyOf(question: string): Story {
  const clauses = clausesOf(question);
  const english = isEnglish(normalizeForMatch(question));
  const asking = clauses.filter((c) => c.asks).map((c) => c.text);
  if (asking.length === 0) return { asking: clauses.map((c) => c.text), scene: [] };
  // A scene opens at a clause about the asker and runs on through the clauses that do not ask
  // (我表弟玩过一阵期货，对量化交易很着迷，……): the subject of the second is still the asker.
  const scene: string[] = [];
  let inScene = false;
  for (const c of clauses) {
    if (c.asks) inScene = false;
    else if (inScene || (english ? EN_PERSONAL : PERSONAL).test(c.text)) {
      inScene = true;
      scene.push(c.text);
    } else asking.push(c.text);
  }
  return { asking, scene };
}

/** Whether a (folded) word of the question stands only in its scene, never in a clause that asks. */
export function onlyInScene(story: Story, word: string): boolean {
  const w = word.toLowerCase();
  const has = (c: string): boolean => (/^[a-z']+$/.test(w) ? new RegExp(`\\b${w}\\b`).test(c) : c.includes(w));
  return story.scene.some(has) && !story.asking.some(has);
}

// The asker's own money as savers name it (养老钱, 棺材本, 血汗钱, 闲钱): in a scene it says whose money is
// at stake, never what is asked, though jieba may tag it a name and its characters be rare in reports.
const OWN_MONEY = /养老钱|养老金|退休金|退休工资|棺材本|老本|积蓄|血汗钱|辛苦钱|闲钱|私房钱|压岁钱|彩礼钱?|首付款?|家底/;

// A relative of the asker's, alone or glued to the one-character verb after it (阿嬷买 of 我阿嬷买的那个):
// whoever bought, asked or lost is the asker's family, never what the reports must name, in any clause.
const KIN_ACT =
  /^(?:阿嬷|阿公|阿婆|阿爸|阿妈|姥姥|姥爷|外婆|外公|奶奶|爷爷|舅舅|舅妈|姑姑|姑妈|姨妈|婶婶|叔叔|伯伯|表哥|表姐|堂哥|堂姐|老爸|老妈|老伴)[\u4e00-\u9fff]?$/;
// Someone who set the asker a task (老师让我们调研…, 导师要我写…, 领导叫我查…): the asker's circle, never what is asked.
const TASK_GIVER = /^(?:老师|导师|教授|班主任|辅导员|领导|老板|上司|主管|经理)$/;
const SETS_TASK = /^(?:让|叫|要|要求|布置|安排|派)/;

// How a scene places the asker at a firm or a site (在X存了钱, 从X借的, 通过X买的): that name is what the question is about.
const VENUE = ['在', '从', '通过', '到'];

/**
 * Whether the scene places the asker at a word (在祁岙银行存了钱). 在 before a verb is the progressive
 * (我在写论文, 在准备考试): the asker is doing something, not at a firm.
 */
function placesAsker(folded: string, word: string): boolean {
  return VENUE.some((v) => folded.includes(v + word)) && !/^v/.test(tagWords(word, false)[0]?.tag ?? '');
}

export interface SceneReader {
  /** Whether a word of the question stands only in its scene. */
  holds: (word: string) => boolean;
  /** Whether an absent word vetoes an answer: a name outside the scene, or a name the scene places the asker at. */
  vetoes: (w: AbsentWord) => boolean;
  /** Whether an absent word of the scene weighs nothing: any but a vetoing name or one with a character the reports hardly write. */
  weightless: (w: AbsentWord) => boolean;
}

/**
 * How the absence rules read a question's scene. jieba's dictionary tags common words of a story as
 * names (经人介绍, 养老, 论文, 孙子): built of characters the reports write often (`familiar`), such a
 * word is the asker's own and weighs nothing; one with a character they hardly write (特斯拉) may be
 * the story's subject and keeps its weight, and a name the asker was at (在祁岙银行存了钱) still vetoes.
 */
export function sceneReader(question: string, familiar: (word: string) => boolean): SceneReader {
  const story = storyOf(question);
  const folded = normalizeForMatch(question);
  const holds = (word: string): boolean => story.scene.length > 0 && onlyInScene(story, word);
  const vetoes = (w: AbsentWord): boolean => w.proper === true && (!holds(w.word) || placesAsker(folded, w.word));
  // A word the dictionary reads as a verb and its object (写论文, 炒股票) is something the asker does, never a name.
  const act = (word: string): boolean => /^v/.test(tagWords(word, false)[0]?.tag ?? '');
  const weightless = (w: AbsentWord): boolean =>
    (holds(w.word) && !vetoes(w) && (w.proper !== true || familiar(w.word) || act(w.word) || OWN_MONEY.test(w.word))) ||
    KIN_ACT.test(w.word) ||
    (TASK_GIVER.test(w.word) && SETS_TASK.test(folded.slice(folded.indexOf(w.word) + w.word.length)));
  return { holds, vetoes, weightless };
}

/** How much a concept that only the scene names weighs when the answer floor is read (see sceneLight). */
export const SCENE_SHARE = 0.5;

/**
 * The question's concepts with those that stand only in its scene weighed at SCENE_SHARE. A story
 * ("我爸退休以后被人拉去买了个产品，……") spends most of a long question's weight on the asker's life,
 * which no passage writes: the share of the question the best passage covers then falls below the
 * answer floor though it covers what is asked. The scene's words still count a little, since a scene
 * may also name the topic (新闻说金交所要关了).
 */
export function sceneLight(terms: QueryTerms, story: Story): QueryTerms | null {
  if (story.scene.length === 0) return null;
  let changed = false;
  const concepts = terms.concepts.map((c) => {
    const forms = c.primary !== null ? [c.primary] : [];
    if (forms.length === 0 || /[a-z]/.test(forms[0] ?? '')) return c;
    const inScene = story.scene.some((s) => forms.some((f) => s.includes(f)));
    const inAsking = story.asking.some((s) => forms.some((f) => s.includes(f)));
    if (!inScene || inAsking) return c;
    changed = true;
    return { ...c, weight: c.weight * SCENE_SHARE };
  });
  return changed ? { ...terms, concepts } : null;
}

/**
 * An English question's asking sentences as written (case kept), without the sentences that only set
 * its scene ("My grandmother only trusts banks."): a noun compound told of the asker's life is no
 * qualifier the answer must hold. The whole question when it sets no scene.
 */
export function askedSentences(question: string): string {
  if (!isEnglish(normalizeForMatch(question))) return question;
  const story = storyOf(question);
  if (story.scene.length === 0) return question;
  const scene = new Set(story.scene);
  const kept = question.split(/(?<=[.?!:;])\s+|\n+/).filter(
    (s) =>
      !scene.has(
        normalizeForMatch(s)
          .trim()
          .replace(/[？?.!]+$/, '')
          .trim(),
      ),
  );
  return kept.length > 0 ? kept.join(' ') : question;
}
