import { describe, expect, it } from 'vitest';
import { classifyNews } from '../../bot/alerts/classify.js';
import { loadDefaultRegistry } from '../../knowledge/registry/registry.js';

const registry = loadDefaultRegistry();
const classify = (title: string) => classifyNews({ title, summary: '' }, registry);

// Rename-outs report the name the venue had; platform names may end in 平台; licensed firms may be named without a suffix.
describe('round 3 name shapes', () => {
  it.each<[string, string[]]>([
    ['原名远帆小额贷款有限公司的远帆数字科技有限公司已更名退出小贷行业', ['远帆小额贷款有限公司']],
    ['原名星河网络小额贷款有限公司的星河科技有限公司更名后不再从事网络小贷业务', ['星河网络小额贷款有限公司']],
    ['远帆数字科技有限公司（原名远帆小额贷款有限公司）已更名退出', ['远帆小额贷款有限公司']],
    ['远帆信息技术有限公司（曾用名：远帆网络小额贷款有限公司）不再从事网络小贷业务', ['远帆网络小额贷款有限公司']],
    ['星河小额贷款有限公司更名为星河信息技术有限公司并退出金融业务', ['星河小额贷款有限公司']],
    ['“云帆贷”平台良性退出', ['云帆贷']],
    ['星河P2P平台正式良性退出', ['星河P2P平台']],
    ['远帆贷P2P平台已清退完毕', ['远帆贷P2P平台']],
    ['远帆网贷平台已完成清退', ['远帆网贷平台']],
    ['央行注销远帆支付的《支付业务许可证》', ['远帆支付']],
    ['人民银行注销星河付的支付业务许可证', ['星河付']],
    ['央行注销远帆支付、星河付的《支付业务许可证》', ['远帆支付', '星河付']],
    ['吊销远帆典当的典当经营许可证', ['远帆典当']],
    ['远帆支付的《支付业务许可证》被注销', ['远帆支付']],
    ['注销星河保理牌照', ['星河保理']],
    ['“星河在线”P2P平台宣布良性退出', ['星河在线']],
    ['原网贷平台远帆在线已清退完毕', ['远帆在线']],
    ['远帆e贷、星河宝两家P2P平台已良性退出', ['远帆e贷', '星河宝']],
    ['远帆金融服务平台停止运营', ['远帆金融服务平台']],
    ['远帆小额贷款有限公司（现名远帆科技有限公司）已退出小贷行业', ['远帆小额贷款有限公司']],
    ['星河网贷平台已更名退出', ['星河网贷平台']],
    ['央行对远帆支付的支付业务许可证予以注销', ['远帆支付']],
    ['人民银行注销了星河付的《支付业务许可证》', ['星河付']],
    ['远帆金融P2P网贷平台完成清退', ['远帆金融P2P网贷平台']],
    ['吊销星河期货经营期货业务许可证', ['星河期货']],
    ['“远帆金服”网贷平台良性退出，运营方为远帆信息科技有限公司', ['远帆金服', '远帆信息科技有限公司']],
    ['原星河小额贷款有限公司（现已更名为星河信息咨询有限公司）退出小贷行业', ['星河小额贷款有限公司']],
  ])('GIVEN %s THEN a closure of %j', (title, want) => {
    const r = classify(title);
    expect(r.closure).toBe(true);
    expect(r.entities).toEqual(want);
  });

  it('GIVEN a rename-out with its old name THEN the status update is renamed-out', () => {
    const r = classify('原名远帆小额贷款有限公司的远帆数字科技有限公司已更名退出小贷行业');
    expect(r.statusUpdates.map((u) => [u.name, u.status])).toEqual([['远帆小额贷款有限公司', 'renamed-out']]);
  });

  it.each([
    '央行拟注销远帆支付的支付业务许可证',
    '远帆支付的支付业务许可证获准续展',
    '原名星河小额贷款有限公司的星河科技有限公司获评优秀企业',
    '星河P2P平台计划良性退出',
    '远帆小额贷款有限公司更名为远帆科技有限公司',
    '央行吊销跨境支付牌照的条件公布',
    '央行对远帆支付作出罚款处罚',
  ])('GIVEN %s THEN no closure', (title) => {
    expect(classify(title).closure).toBe(false);
  });

  it('GIVEN a rename-out whose summary says 该公司原名X THEN X is reported', () => {
    const r = classifyNews(
      { title: '远帆数字科技有限公司更名退出小贷行业', summary: '该公司原名远帆小额贷款有限公司，经批准变更名称并不再经营小贷业务。' },
      registry,
    );
    expect(r.entities).toEqual(['远帆小额贷款有限公司']);
  });

  it('GIVEN a licensee named short in the title and in full in the summary THEN only the full name is reported', () => {
    const r = classifyNews({ title: '星河支付牌照被注销', summary: '公示信息显示，星河支付有限公司的支付业务许可证已被注销。' }, registry);
    expect(r.entities).toEqual(['星河支付有限公司']);
  });
});
