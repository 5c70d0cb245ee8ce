/**
 * Round-10 extension of the coverage generator (./coverage-cases.ts): texts about closures and notices that retell a
 * scheme's claim, and the pitches that borrow their dress. Written from the registers of the round-10 precision causes
 * (wind-down progress reports, authorities' notice headers, admin notices that disown contact), measured first on the
 * round's base.
 *
 * Must NOT fire:
 * - winddown: a wind-down or closure report that retells what the scheme claimed and the share investors got back.
 * - authority: a regulator's or court's own notice (a header naming it) retelling the claim of a firm it acted against.
 * - adminnotice: a group's or a firm's notice that disowns any contact and judges a class by the claim.
 * Must still fire (the counterparts):
 * - newsturn: a report set aside (和我们没关系, "has nothing to do with us") for the speaker's own pitch.
 * - adminpitch: a notice that disowns private contact and then pitches its own product.
 */
export type R10Frame = 'winddown' | 'authority' | 'adminnotice' | 'newsturn' | 'adminpitch';
export const R10_FRAMES: readonly R10Frame[] = ['winddown', 'authority', 'adminnotice', 'newsturn', 'adminpitch'];

export const R10_TEMPLATES: Record<R10Frame, { fires: boolean; zh: string[]; en: string[] }> = {
  winddown: {
    fires: false,
    zh: [
      '某理财平台宣布良性退出，此前它对外承诺“{c}”，目前清退兑付进度为27%，出借人可登录官网查询。',
      '某地交易场所关停以后，那批曾号称“{c}”的产品已经逾期，首期只兑付了本金的12%。',
    ],
    en: [
      'The app that once promised "{c}" was wound down in 2021; its liquidator says investors have recovered about 25% of their principal.',
    ],
  },
  authority: {
    fires: false,
    zh: ['某市地方金融管理局公告：经查，某公司以“{c}”为名向社会公众吸收资金，已被依法取缔，请集资参与人三十日内登记。'],
    en: ['The city\'s financial regulator announced: a firm that advertised "{c}" has been shut down and its managers were detained.'],
  },
  adminnotice: {
    fires: false,
    zh: ['【群公告】本群从不推荐任何理财，也不会私聊大家。凡是宣传“{c}”的，一律是骗子，见到请举报。'],
    en: ['From the admins: we will not DM you about investing, ever. Whoever offers "{c}" is a scammer; block them.'],
  },
  newsturn: {
    fires: true,
    zh: ['通报里那家公司倒了，和我们没关系，我们这边{c}，欢迎咨询。'],
    en: ['That firm in the police notice has nothing to do with us. Our plan: {c}. DM me to join.'],
  },
  adminpitch: {
    fires: true,
    zh: ['【群公告】本群从不私聊大家。想投资的看这里：{c}，名额有限，扫码报名。'],
    en: ['From the admins: we never DM first. To join our plan: {c}. Sign up with the pinned link.'],
  },
};
