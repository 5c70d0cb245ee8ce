import { checkOffer } from '/work/wt26/rules/check-offer.js';
import { CAUSES_R12P } from '/work/wt26/test/rules/challenge-r12prec.js';
for (const c of CAUSES_R12P) {
  let ok = 0; const miss: string[] = [];
  for (const t of c.texts) {
    const text = typeof t === 'string' ? t : t.text; const flag = typeof t === 'string' ? c.flag : t.flag;
    const r = checkOffer(text); const got = r.flags.map((f) => f.id);
    const pass = c.kind === 'clean' ? got.length === 0 : got.includes(flag!);
    if (pass) ok++; else miss.push(`  [${got.join(',')}] ${r.level} ${text}`);
  }
  console.log(`${c.id}: ${ok}/${c.texts.length}`); console.log(miss.join('\n'));
}
