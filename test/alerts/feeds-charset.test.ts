import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeFeedBytes, htmlToText } from '../../bot/alerts/feed-text.js';
import { fetchFeed } from '../../bot/alerts/feeds.js';
import { createAlerts } from '../../bot/alerts/pipeline.js';
import { silentLogger } from '../../bot/log.js';
import { createRecordingSender, systemClock } from '../../bot/ports.js';
import { openSqliteStore } from '../../bot/store/sqlite.js';
import { createKnowledge } from '../../knowledge/index.js';
import { loadDefaultRegistry } from '../../knowledge/registry/registry.js';
import type { Knowledge } from '../../knowledge/types.js';
import { startFeedServer, type FakeFeedServer } from '../fakes/feed-server.js';

const TITLE = '省地方金融管理局公告：取消远湖金融资产交易中心有限公司业务资质';
const BIG5_TITLE = '取消遠湖金融資產交易中心有限公司業務資質';
const SUMMARY = '远湖金融资产交易中心有限公司自公告之日起不再具备金融资产交易业务资质。';

/** An RSS document in `charset`, with or without an XML declaration naming it. */
function encodedRss(charset: string, declare: boolean, title = TITLE): Buffer {
  const decl = declare ? `<?xml version="1.0" encoding="${charset}"?>` : '<?xml version="1.0"?>';
  const xml = `${decl}<rss version="2.0"><channel><title>新闻</title><item><title>${title}</title><description>${SUMMARY}</description><guid>${charset}-1</guid><link>https://news.example/${charset}</link></item></channel></rss>`;
  return iconv.encode(xml, charset);
}

let server: FakeFeedServer;
let routes = 0;
let knowledge: Knowledge;

beforeAll(async () => {
  server = await startFeedServer();
  knowledge = (await createKnowledge({ corpusDirs: [], dataDir: mkdtempSync(path.join(os.tmpdir(), 'finrisk-cs-')) })).knowledge;
});
afterAll(() => server.stop());

describe('feed charsets', () => {
  it.each([
    ['GBK named by the HTTP header', encodedRss('gbk', false), 'application/rss+xml; charset=GBK', TITLE],
    ['GB18030 named by the XML declaration', encodedRss('gb18030', true), 'application/rss+xml', TITLE],
    ['Big5 named by the XML declaration', encodedRss('big5', true, BIG5_TITLE), 'text/xml', BIG5_TITLE],
    ['GBK named nowhere', encodedRss('gbk', false), 'application/xml', TITLE],
    [
      'UTF-8 with a byte-order mark',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), encodedRss('utf-8', true)]),
      'text/xml; charset=iso-8859-1',
      TITLE,
    ],
  ])('GIVEN a feed in %s THEN its Chinese title reads correctly', async (_what, body, contentType, expected) => {
    const route = `/cs-${(routes += 1)}.xml`;
    server.register(route, { body, contentType });
    const outcome = await fetchFeed(server.url(route), null);
    expect(outcome.status).toBe('ok');
    expect(outcome.status === 'ok' ? outcome.items[0]?.title : null).toBe(expected);
  });

  it('GIVEN GBK bytes served as UTF-8 THEN the feed is an error that names the charset, not "ok" with garbage', async () => {
    server.register('/liar.xml', { body: encodedRss('gbk', false), contentType: 'application/rss+xml; charset=utf-8' });
    const outcome = await fetchFeed(server.url('/liar.xml'), null);
    expect(outcome).toMatchObject({ status: 'error' });
    expect(outcome.status === 'error' ? outcome.error : '').toMatch(/not valid utf-8/);
  });

  it('GIVEN a charset nobody knows THEN a clear error', () => {
    expect(decodeFeedBytes(Buffer.from('<rss/>'), 'text/xml; charset=x-klingon')).toEqual({ error: 'unknown charset "x-klingon"' });
  });

  it('GIVEN a GBK feed with a closure after /subscribe THEN the subscriber gets one push with the title as written', async () => {
    server.register('/gbk-closure.xml', { body: encodedRss('gbk', true), contentType: 'application/rss+xml' });
    const store = openSqliteStore(mkdtempSync(path.join(os.tmpdir(), 'finrisk-cs-')));
    const sender = createRecordingSender('telegram');
    const alerts = createAlerts({
      store,
      registry: loadDefaultRegistry(),
      knowledge,
      senders: [sender],
      feeds: [server.url('/gbk-closure.xml')],
      clock: systemClock,
      log: silentLogger,
    });
    await store.upsertSubscription('telegram', 'c1', [], false);
    expect(await alerts.pollOnce()).toEqual({ fetched: 1, new: 1, closures: 1, queued: 1 });
    await alerts.deliverOnce();
    expect(sender.sent.map((s) => s.reply.blocks[0])).toEqual([{ type: 'heading', text: `关停消息：${TITLE}` }]);
    await store.close();
  });
});

describe('feed HTML', () => {
  it('GIVEN named, decimal and hex entities, tags and a script THEN plain text', () => {
    expect(htmlToText('<p>“星火贷”&amp;运营方&#8220;引号&#x201D;&nbsp;<b>加粗</b><script>alert(1)</script>&lt;完&gt;</p>')).toBe(
      '“星火贷”&运营方“引号” 加粗 <完>',
    );
  });

  it('GIVEN an RSS item whose title holds escaped entities THEN the classifier and the user see the characters', async () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>t</title><item><title>&#8220;星火贷&#8221;完成良性退出 &amp;amp; 清退完毕</title><guid>e1</guid></item></channel></rss>`;
    server.register('/entities.xml', { body: xml });
    const outcome = await fetchFeed(server.url('/entities.xml'), null);
    expect(outcome.status === 'ok' ? outcome.items[0]?.title : null).toBe('“星火贷”完成良性退出 & 清退完毕');
  });
});
