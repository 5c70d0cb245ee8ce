/**
 * The asker's register: words of spoken Chinese that say how someone asks, not what they ask about.
 * "这个东西", "到底咋回事", "那种平台以前…" hold no concept a report must name, so none of them may
 * turn an answerable question away as naming something the reports lack. The list is built from
 * the kinds of such words, not from any question: vague nouns (东西, 玩意儿), demonstratives and
 * question pronouns (那种, 这批, 啥, 咋, 谁), stance adverbs (到底, 偏偏, 竟然), hedges (大概, 好像,
 * 听说), time frames of the asker's story (以前, 当年, 后来), asking words (请问, 说说, 什么意思), and the
 * spoken stand-ins for an asked attribute (盘子 for scale, 来头 for background), and the words naming
 * the kind of answer asked (例子, 异同, 数值).
 */

const VAGUE = ['东西', '玩意', '玩意儿', '事儿', '事情', '情况', '样子', '回事', '咋回事', '怎么回事'];
const DEICTIC = [
  ...['这个', '那个', '哪个', '这种', '那种', '哪种', '这类', '那类', '这批', '那批', '这些', '那些'],
  ...['这块', '那块', '这一块', '这边', '那边', '这方面', '这里', '那里', '这儿', '那儿'],
  ...['这家', '那家', '这样', '那样', '这么', '那么', '啥样', '咋样', '啥子', '为啥', '干啥', '干嘛'],
];
const STANCE = ['到底', '究竟', '偏偏', '竟然', '居然', '难道', '其实', '反正', '明明', '果然', '简直', '老是', '总是'];
const HEDGE = ['大概', '大约', '大致', '差不多', '好像', '似乎', '据说', '听说', '一般', '通常', '基本上', '貌似'];
const STORY = ['以前', '之前', '从前', '当初', '当时', '当年', '那会儿', '后来', '最后', '早先', '原来', '一直'];
const ASKING = [
  '意思',
  '啥意思',
  '请问',
  '想问',
  '问问',
  '问下',
  '问一下',
  '一下',
  '说说',
  '讲讲',
  '聊聊',
  '咱们',
  '咱',
  '俺',
  '人家',
  '的话',
  // The exam's and the form's asking verbs (请简述, 试论述, 请列举): they say how to answer, not what about.
  ...['简述', '请简述', '概述', '论述', '请论述', '列举', '请列举', '试述'],
];
// Northern and Southwestern spoken verbs and pronouns that stand for plain ones (整起来 for 成立, 咋整 for
// 怎么办, 寻思 for 想, 俺俩 for 我们), and 好多 asking a quantity (好多钱 for 多少钱): the way a speaker asks.
const DIALECT = ['整起来', '咋整', '整啥', '瞎整', '搞起来', '寻思', '琢磨', '俺俩', '咱俩', '俺们', '天天'];
// Southwestern 好多 + a measure asks a quantity (好多钱 for 多少钱, 好多家 for 几家); 哪年 asks a year.
const HOW_MANY = ['好多', '好多钱', '好多家', '好多个', '好多年', '好多万', '好多块', '好多天', '哪年', '哪一年', '哪些年'];
// How a question points into the document itself (文中“Tips”栏目, 该文在收尾处, 此轮退出中): which part of a
// report to read, or this round of the events it tells, never a thing a report must write.
const DOCUMENT = [
  ...['栏目', '专栏', '小节', '章节', '段落', '文末', '篇末', '结尾', '结尾处', '收尾处', '开头', '末尾', '开篇'],
  ...['此轮', '本轮', '这轮', '这一轮', '该轮', '此番', '这回'],
  // Words that call a thing by a name (被称作…的平台, 这一称谓): the frame of a naming question.
  ...['被称作', '被称为', '称作', '号称', '被誉为', '称谓', '称呼', '叫法', '提法'],
];
const STAND_IN = ['盘子', '块头', '来头', '底细', '门道', '路子', '名堂', '花样', '猫腻', '名头', '名号'];
// Spoken idioms for going first (打头炮, 打头阵, 开第一枪): the asker's way of saying 率先 or 首批.
const FIRST = ['打头炮', '头炮', '打头阵', '第一枪', '开第一枪', '先开第一枪'];
// Words that name the kind of answer asked, not a thing the reports must write: examples (举了哪些例子),
// a comparison (有何异同, 有啥区别), the figure or name itself (数值是多少, 叫什么名字), the ways (哪些招, 啥法子).
const ASKED_KIND = [
  '劝诫',
  '告诫',
  '忠告',
  '例子',
  '实例',
  '异同',
  '区别',
  '差别',
  '不同点',
  '数值',
  '数字',
  '名字',
  '名称',
  '招数',
  '法子',
  '高招',
  '下场',
];
// Cantonese asking words and pronouns, as folded to simplified script (邊間 → 边间, 係咩 → 系咩).
const CANTONESE = [
  ...['边间', '边个', '边度', '边啲', '边家', '几时', '点样', '点解', '乜嘢', '咩嘢', '系咪', '系唔系', '系咩', '系边'],
  ...['有冇', '嗰个', '嗰啲', '呢个', '呢啲', '我哋', '佢哋', '你哋', '即系', '讲嘅', '讲咩', '睇下'],
  // How much / how long, now, only, done, if (几多, 几耐, 而家, 净系, 搞掂, 嘅话).
  ...['几多', '几耐', '而家', '宜家', '依家', '净系', '搞掂', '搞掂咗', '嘅话', '咁样'],
];

const REGISTER = new Set([
  ...VAGUE,
  ...DEICTIC,
  ...STANCE,
  ...HEDGE,
  ...STORY,
  ...ASKING,
  ...DIALECT,
  ...HOW_MANY,
  ...DOCUMENT,
  ...STAND_IN,
  ...FIRST,
  ...ASKED_KIND,
  ...CANTONESE,
]);

/** Single characters that only ask (谁投的 asks who; 咋算 asks how; Cantonese 咩, 嘅, 㗎): they are never part of a concept. */
const ASKING_CHARS = /[谁啥咋哪几怎么吗呢嘛呗啦咩嘅㗎咗啫喇嘢乜冇哋]/;

const A_NOT_A = /([\u3400-\u9fff])[不没]\1/g;

/** Whether a word is of the asker's register (这个东西, 到底, 以前), never a concept the reports must hold. */
export function isRegister(word: string): boolean {
  return REGISTER.has(word);
}

/**
 * The pieces of a span left when the asker's words are taken out: A-not-A questions, register
 * words found in it (longest first) and asking characters. 拿东西 leaves 拿, 谁投 leaves 投, 那批 leaves nothing.
 */
export function withoutRegister(span: string): string[] {
  // The A-not-A question (算不算, 有没有, 合不合法): the verb repeated around 不/没 only asks yes or no.
  let rest = span.replace(A_NOT_A, ' ');
  for (const word of [...REGISTER].sort((a, b) => b.length - a.length)) if (rest.includes(word)) rest = rest.split(word).join(' ');
  return rest
    .split(new RegExp(`${ASKING_CHARS.source}|\\s`))
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}
