/** Detectors: flags read from numbers, venue names and the registry rather than from words. */
import type { Registry } from '../knowledge/registry/types.js';
import { blockedAt, type Frames } from './context.js';
import { isRival } from './foils.js';
import { SPEAKER_ROLE } from './frame-cues.js';
import { isNegated, isWarned } from './match.js';
import { findEnglishClosures, findShortClosures, findKnownClosures } from './known-closures.js';
import { findVenueNames } from './names.js';
import { extractAmounts, extractInvestorCounts } from './numbers.js';
import type { Rule } from './schema.js';
import type { Evidence, YieldFinding } from './types.js';

export interface Scan {
  text: string;
  norm: string;
  frames: Frames;
  /** Yields the offer claims (none inside a warning or a question), highest first. */
  yields: YieldFinding[];
  deps: { registry?: Registry };
}

const DEBT_CONTEXT = /收益权|债权|定融|定向融资|理财|年化|收益|融资计划|挂牌备案|备案|非标|起投|认购|兑付|份额|挂牌发行|付息/;
// What a real 产权交易所 transfers: an AMC's or a bank's bad-debt package, state-owned stakes and assets, a court's
// auction lot. The 债权 inside 不良债权资产包 is a loan being sold off, not a debt product issued to investors.
const DISPOSAL =
  /(?:不良|逾期|违约)(?:债权|资产|贷款)(?:资产)?(?:包)?(?:及(?:其)?(?:抵押|担保)(?:物|权))?|(?:债权|不良)?资产包|国有(?:资产|产权|股权|企业)|(?:股权|产权|物权|实物资产|资产)(?:转让|处置|出售|拍卖)|司法拍卖|破产(?:清算|财产)|抵押物|\b(?:non-performing|bad|distressed) (?:loans?|debts?|assets?)(?: portfolios?| packages?)?\b|\bstate(?:-owned)? (?:assets?|stakes?)\b/g;
// The national AMCs (and the provincial ones) buy and resell bad debt: their packages are never an investor's note.
// Two plain tests, not a lookahead at every position: a 10 000-character text must stay linear.
const AMC = /华融|长城资产|东方资产|信达|资产管理(?:股份)?(?:有限)?公司|\bamcs?\b|asset management/;
const BAD_DEBT = /不良|non-performing|bad (?:loans?|debts?)|distressed/;
const debtIssued = (norm: string): boolean =>
  !(AMC.test(norm) && BAD_DEBT.test(norm)) && DEBT_CONTEXT.test(norm.replace(DISPOSAL, (w) => ' '.repeat(w.length)));
const PRIVATE_CONTEXT =
  /私募|定融|定向融资|收益权|非标|信托计划|资管计划|债权|金交所|交易中心|备案|合伙|众筹|private\s+(?:equity|funds?|placements?|notes?|plans?|products?|debt|bonds?|offerings?|deals?|credit|investments?|loans?|lending|wealth)|(?:directed|directional|targeted)\s+financing|receivable|non-standard|offshore\s+funds?|\bpe funds?\b/;
// Where a stranger is met: a dating or friend-making app or site, or "online" with a verb of meeting.
const MET_ONLINE =
  /(?:探探|陌陌|soul|世纪佳缘|珍爱网|百合网|交友(?:软件|app|平台|网站)|婚恋(?:网站|平台|app|软件)|相亲(?:网站|平台|app|软件)|网恋|tinder|hinge|bumble|okcupid|dating (?:app|site|website))[^。！？!?]{0,12}?(?:认识|结识|聊|加了?|匹配|遇到|matched|met|started (?:chatting|talking))|(?:matched|met|started (?:chatting|talking)) (?:with )?(?:a |an |this )?(?:woman|man|girl|guy|lady|someone|him|her)? ?(?:on|through|via) (?:tinder|hinge|bumble|okcupid|a dating (?:app|site)|facebook|instagram|wechat|whatsapp|line|telegram)|网上认识(?:了)?(?:一个|个)?/;
// …and then led into an investment by that contact.
const LED_TO_INVEST =
  /(?:带我|教我|带你|教你|跟着(?:他|她)|让我(?:先)?|\bguide (?:me|my)\b|\bwalk(?:ed|s)? me through\b|\bteach(?:es)? me\b|\bshow(?:ed|s)? me how\b|\btold me to\b|\basked me to\b)[^。！？!?]{0,40}?(?:投资|平台|充值|充|买币|币|做单|合约|理财|下载|外汇|期货|股票|黄金|\bapp\b|\binvest|\bdeposit|\btrad(?:e|es|ing)\b|\bplatform|\bcrypto|\busdt\b|\bbitcoin|\bgold\b|\bforex\b)/;
const LED_REACH = 400;
const LICENSED_PUBLIC = /公募|基金公司|证券公司|保险公司|银行理财|理财子公司|国债|存款|上市公司/;

/** The text with the words that frames keep from being claims, and the speaker's title, blanked, positions kept. */
const unframed = (scan: Scan): string => {
  let out = scan.norm.replace(SPEAKER_ROLE, (w) => ' '.repeat(w.length));
  for (const b of scan.frames.blocked)
    if (b.start > 0 || b.end < out.length) out = out.slice(0, b.start) + ' '.repeat(b.end - b.start) + out.slice(b.end);
  return out;
};
const claimedHere = (scan: Scan, e: Evidence): boolean => !blockedAt(scan.frames, e.start);
const plain = ({ text, start, end }: Evidence): Evidence => ({ text, start, end });

export function detect(scan: Scan, detector: Rule['detectors'][number], fired: ReadonlySet<string>): Evidence[] {
  // The venue names are read once per detector call, whatever kinds it asks for.
  let names: ReturnType<typeof findVenueNames> | undefined;
  const venues = (kind: string): Evidence[] =>
    (names ??= findVenueNames(scan.text))
      .filter(
        (v) =>
          v.kind === kind &&
          !isNegated(scan.norm, v.start) &&
          !isWarned(scan.norm, v.start) &&
          !isRival(scan.norm, v.start) &&
          claimedHere(scan, v),
      )
      .map(plain);
  switch (detector) {
    case 'yield': {
      const top = scan.yields[0];
      return top && top.annualPercent > 6 ? [{ text: top.text, start: top.start, end: top.end }] : [];
    }
    case 'promised_yield':
      // A rate the seller guarantees (保证12%, "12% guaranteed") is a promised return, whatever words stand beside it.
      // Claimed where the rate is (the yield passed the frames there); a negator or a warning may stand before the
      // guarantee word at either end (不保证12%, "12% is not guaranteed").
      return scan.yields.flatMap((y) =>
        y.promise &&
        claimedHere(scan, y.promise) &&
        [y.promise.start, y.promise.end - 1].every((at) => !isNegated(scan.norm, at) && !isWarned(scan.norm, at))
          ? [plain(y.promise)]
          : [],
      );
    case 'venue_exchange':
      return venues('exchange');
    case 'venue_pseudo': {
      // A provincial 产权交易所 transferring state assets is legitimate; issuing debt through one is not.
      // The property venues are read first: most texts name none, and then the debt context is never scanned.
      const property = venues('property');
      // Debt words inside a warning (不要相信任何保本保息、高收益的承诺) issue nothing.
      return [...venues('pseudo'), ...(property.length > 0 && debtIssued(unframed(scan)) ? property : [])];
    }
    case 'registry':
      return (
        [
          ...(scan.deps.registry?.mentions(scan.text) ?? []).filter(
            (m) => m.entry.status !== 'operating' && m.entry.status !== 'no-closure-record',
          ),
          ...findKnownClosures(scan.text, scan.norm),
          ...findEnglishClosures(scan.text, scan.norm, scan.deps.registry),
          ...findShortClosures(scan.text, scan.norm, scan.deps.registry),
        ]
          // A closed platform asked about (团贷网还能登录吗？) is still that platform: only a warning or a report hides it.
          .filter(
            (m) =>
              !isNegated(scan.norm, m.start) &&
              blockedAt(scan.frames, m.start) !== 'warning' &&
              blockedAt(scan.frames, m.start) !== 'report',
          )
          .map(plain)
      );
    case 'p2p_name':
      return findKnownClosures(scan.text, scan.norm)
        .filter((m) => m.closure.p2p && !isNegated(scan.norm, m.start) && claimedHere(scan, m))
        .map(plain);
    case 'low_entry': {
      // No licence means no public offering: a low entry then is a private offer's. A 金交所 may not sell
      // to the public either, so a note listed on one is private whatever language names it.
      const privateProduct =
        PRIVATE_CONTEXT.test(scan.norm) ||
        ['nonstandard_debt', 'pseudo_exchange', 'unlicensed', 'exchange_channel'].some((id) => fired.has(id));
      return privateProduct
        ? extractAmounts(scan.text)
            .filter((a) => a.value <= 50_000 && claimedHere(scan, a))
            .map(plain)
        : [];
    }
    case 'met_online': {
      // Met on a dating app or online (探探上认识, "matched with her on Hinge") and, later in the same text, taught or
      // led to invest on a platform: the 杀猪盘 pattern, told across sentences as victims tell it.
      const norm = unframed(scan);
      const met = MET_ONLINE.exec(norm);
      if (!met) return [];
      const after = norm.slice(met.index + met[0].length, met.index + met[0].length + LED_REACH);
      // "从没让我投资", "never asked me to deposit": a lead denied is none.
      const led = LED_TO_INVEST.exec(after);
      if (!led || /(?:没|不|未|从没|从不|never|didn't|did not|hasn't|has not)\s*$/.test(after.slice(Math.max(0, led.index - 8), led.index)))
        return [];
      const found = { text: scan.text.slice(met.index, met.index + met[0].length), start: met.index, end: met.index + met[0].length };
      return claimedHere(scan, found) && !isNegated(scan.norm, found.start) && !isWarned(scan.norm, found.start) ? [found] : [];
    }
    case 'investor_count': {
      // 200 is the legal ceiling for private products; a licensed public fund or bank may have more.
      if (LICENSED_PUBLIC.test(scan.norm) && !PRIVATE_CONTEXT.test(scan.norm)) return [];
      return extractInvestorCounts(scan.text)
        .filter(
          (c) =>
            (c.value > 200 || (c.value === 200 && /超过|逾|以上|多/.test(c.text))) &&
            !isNegated(scan.norm, c.start) &&
            !/^\s*(?:以内|以下|之内)/.test(scan.norm.slice(c.end, c.end + 3)) &&
            claimedHere(scan, c),
        )
        .map(plain);
    }
  }
}
