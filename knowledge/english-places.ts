/**
 * Countries and territories other than the mainland, as an English question names them (Japanese,
 * the UK, Singapore's), with the Chinese names the reports would write. The reports are about
 * China: a question about a foreign market (Which Japanese property firms collapsed?) is answered
 * only by a passage that speaks of that country; a passage on 房企 at home is another subject.
 * Written from a list of the world's financial centres and China's trading partners.
 */
const PLACES: ReadonlyArray<[RegExp, readonly string[]]> = [
  [/\b(?:americans?|america|united states|u\.s\.|us|usa)\b/, ['美国']],
  [/\b(?:british|britain|united kingdom|uk|england|english law)\b/, ['英国']],
  [/\b(?:japan|japanese)\b/, ['日本']],
  [/\b(?:korea|korean|south korea)\b/, ['韩国']],
  [/\b(?:germany|german)\b/, ['德国']],
  [/\b(?:france|french)\b/, ['法国']],
  [/\b(?:singapore|singaporean)\b/, ['新加坡']],
  [/\b(?:india|indian)\b/, ['印度']],
  [/\b(?:australia|australian)\b/, ['澳大利亚', '澳洲']],
  [/\b(?:canada|canadian)\b/, ['加拿大']],
  [/\b(?:russia|russian)\b/, ['俄罗斯']],
  [/\b(?:switzerland|swiss)\b/, ['瑞士']],
  [/\b(?:netherlands|dutch)\b/, ['荷兰']],
  [/\b(?:italy|italian)\b/, ['意大利']],
  [/\b(?:spain|spanish)\b/, ['西班牙']],
  [/\b(?:brazil|brazilian)\b/, ['巴西']],
  [/\b(?:thailand|thai)\b/, ['泰国']],
  [/\b(?:vietnam|vietnamese)\b/, ['越南']],
  [/\b(?:indonesia|indonesian)\b/, ['印度尼西亚', '印尼']],
  [/\b(?:malaysia|malaysian)\b/, ['马来西亚']],
  [/\b(?:hong kong)\b/, ['香港']],
  [/\b(?:taiwan|taiwanese)\b/, ['台湾']],
  [/\b(?:macau|macao)\b/, ['澳门']],
  [/\b(?:europe|european|eu)\b/, ['欧洲', '欧盟']],
];

/** The Chinese names of each foreign place the question names (one list per place). */
export function foreignPlaces(question: string): Array<readonly string[]> {
  // "US" is read in capitals only: "us" is the pronoun.
  const text = question
    .replace(/\bUS\b/g, 'usa')
    .replace(/\bUK\b/g, 'uk')
    .toLowerCase()
    .replace(/\bus\b/g, ' ');
  return PLACES.filter(([pattern]) => pattern.test(text)).map(([, zh]) => zh);
}

/** Whether every foreign place the question names stands in the passages quoted. */
export function placesHeld(question: string, quoted: string): boolean {
  return foreignPlaces(question).every((names) => names.some((zh) => quoted.includes(zh)));
}
