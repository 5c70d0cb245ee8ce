import { describe, expect, it } from 'vitest';
import { renderText } from '../../adapters/render-text.js';
import { flagIdsWithEnglish } from '../../bot/english.js';
import { createBot } from '../../bot/index.js';
import { langOfText, pickLang } from '../../bot/lang.js';
import { answerReply } from '../../bot/reply.js';
import { footnoteLines, locator, noteBasis, stripSourceRemarks, toReplyCitation } from '../../bot/sources.js';
import { buildKnowledgeFromDocs } from '../../knowledge/index.js';
import type { SourceDoc } from '../../knowledge/types.js';
import { loadRules } from '../../rules/load.js';
import {
  EN_OFFER,
  EN_QUESTION,
  INTERNAL,
  NOTE,
  PASSAGES,
  READABLE_ANSWER,
  readableKnowledge,
  REPORT,
  ZH_OFFER,
} from '../helpers/readable.js';
import { makeMessage, makeServices } from '../helpers/services.js';

const lookup = (id: string) => PASSAGES.find((p) => p.id === id);
const bot = createBot(makeServices({ knowledge: readableKnowledge() }));
const say = async (text: string, locale?: string) => (await bot.handle(makeMessage({ text, locale }))).map(renderText).join('\n');

describe('readable sources', () => {
  it('GIVEN a note sentence with inline remarks THEN they are stripped, whatever the brackets', () => {
    expect(stripSourceRemarks('甲乙丙（来源：同上，关于“四地”公告的部分）。丁（来源：《某报告》）')).toBe('甲乙丙。丁');
    expect(stripSourceRemarks('没有来源标注的句子。')).toBe('没有来源标注的句子。');
  });

  it('GIVEN a note passage that says only "同上" THEN its basis is the report an earlier passage named', () => {
    const note = PASSAGES[3]!;
    expect(noteBasis({ ...note, passage: note.id }, lookup)).toBe('地方交易场所清理研究');
    expect(toReplyCitation({ ...note, passage: note.id }, lookup).note).toEqual({ basis: '地方交易场所清理研究' });
    expect(toReplyCitation({ ...PASSAGES[0]!, passage: PASSAGES[0]!.id }, lookup).note).toBeUndefined();
  });

  it('GIVEN a section path or none THEN the locator is the path, or the first words', () => {
    expect(locator({ section: '第二章 清理过程 > 二、分批退出' })).toBe('第二章 清理过程 · 二、分批退出');
    expect(locator({ section: '', text: '研究者认为，名称带有登记备案字样的公司需要格外警惕。' })).toBe(
      '「研究者认为，名称带有登记备案字样…」',
    );
  });

  it('GIVEN two passages of one report and a note THEN the report has one footnote line and the note names its basis', () => {
    const reply = answerReply(READABLE_ANSWER('问'), { passage: lookup });
    expect(footnoteLines(reply.citations, 'zh')).toEqual([
      '[1][2] 《地方交易场所清理研究》：[1] 第二章 清理过程 · 二、分批退出；[2] 「研究者认为，名称带有登记备案字样…」',
      '[3][4] finrisk 整理「测试笔记：交易场所清理」，据《地方交易场所清理研究》：[3] 背景；[4] 识别要点',
    ]);
    expect(reply.blocks).toEqual([
      {
        type: 'list',
        items: [
          { text: '清理分批进行，先退出没有存量业务的场所，再处置其余场所。', cites: [1] },
          { text: '研究者认为，名称带有登记备案字样的公司需要格外警惕。', cites: [2] },
          { text: '交易场所经历了多轮清理。', cites: [3] },
          { text: '个人投资者不应购买在这类公司备案的产品。', cites: [4] },
        ],
      },
    ]);
  });

  it('GIVEN answers, checks, help and errors on the console THEN no file name, passage id, flag id or inline remark is shown', async () => {
    const out = [
      await say('交易场所为什么清理？'),
      await say(ZH_OFFER),
      await say(EN_OFFER),
      await say(EN_QUESTION),
      await say('/help'),
      await say('/nosuch'),
    ];
    for (const text of out) expect(text).not.toMatch(INTERNAL);
    expect(out[0]).toContain(`《地方交易场所清理研究》`);
    expect(`${REPORT}${NOTE}`).toMatch(INTERNAL);
  });
});

describe('the user language', () => {
  it('GIVEN text THEN the script decides; a Chinese name inside English stays English', () => {
    expect(langOfText('Is 某某资产登记中心 a safe place for 12% a year?')).toBe('en');
    expect(langOfText('这个 P2P 平台靠谱吗')).toBe('zh');
    expect(langOfText('/help')).toBeNull();
    expect(pickLang('/help', 'en-US')).toBe('en');
    expect(pickLang('/help', 'zh-hans')).toBe('zh');
    expect(pickLang('12%', undefined)).toBe('zh');
  });

  it('GIVEN an English offer THEN English level, flag names, explanations and advice; the evidence is the offer’s words', async () => {
    const text = await say(EN_OFFER);
    expect(text).toMatch(/^【Risk level: High risk】/);
    expect(text).toContain('Guaranteed principal and interest: "guaranteed" — A lawful investment');
    expect(text).toContain('Advice: Do not send money to an individual or unknown account');
    expect(text).toContain('Sources:\n[1] finrisk summary "测试笔记：交易场所清理", based on 《地方交易场所清理研究》 · 识别要点');
    expect(text).not.toMatch(/风险等级|建议：|未能核实/);
  });

  it('GIVEN an English question THEN English framing around Chinese quotes', async () => {
    const text = await say(EN_QUESTION);
    expect(text.split('\n').slice(0, 2)).toEqual([
      'From the reports (quoted in Chinese):',
      '• “清理分批进行，先退出没有存量业务的场所，再处置其余场所。” [1]',
    ]);
    expect(await say('Is there nothing about this in the reports at all?')).toContain('The reports do not answer this question');
  });

  it('GIVEN /help with an English locale THEN English help; /start in English THEN an English greeting', async () => {
    expect(await say('/help', 'en-GB')).toContain('/check <offer> — red flags');
    expect(await say('/start', 'en')).toMatch(/^Hello! I am finrisk/);
    expect(await say('/ask', 'en')).toContain('Write your question after /ask');
  });

  it('GIVEN every shipped flag THEN it has an English name and explanation', () => {
    const missing = loadRules()
      .map((r) => r.id)
      .filter((id) => !flagIdsWithEnglish().includes(id));
    expect(missing).toEqual([]);
  });
});

describe('questions no report can answer', () => {
  const doc: SourceDoc = {
    file: 'q.txt',
    path: '/q.txt',
    title: '交易场所观察',
    hash: 'q',
    kind: 'report',
    text: '一、概况\n这家交易场所的股价曾在上市首日大涨，汇率波动也影响了它的境外业务。',
  };
  const real = createBot(makeServices({ knowledge: buildKnowledgeFromDocs([doc]) }));
  const ask = async (text: string) => (await real.handle(makeMessage({ text }))).map(renderText).join('\n');

  it('GIVEN a live price or a forecast asked in chat THEN the reply says why it is not answered and quotes nothing', async () => {
    const live = await ask('这家交易场所的股价现在多少钱？');
    expect(live).toContain('不含实时行情、价格或利率');
    expect(live).not.toContain('上市首日');
    const forecast = await ask('Will the yuan fall against the dollar next year?');
    expect(forecast).toContain('make no price or market forecasts');
    expect(forecast).not.toContain('汇率波动');
  });
});
