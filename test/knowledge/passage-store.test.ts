import { describe, expect, it } from 'vitest';
import { chunkDocument } from '../../knowledge/ingest/chunk.js';
import { readCorpus } from '../../knowledge/ingest/read.js';
import { decodePassages, encodePassages, passageList } from '../../knowledge/passage-store.js';
import type { Passage } from '../../knowledge/types.js';
import { fixtureCorpus, itWithReports, realCorpus } from '../helpers/corpus.js';

const SAMPLE: Passage[] = [
  { id: 'a.txt#0', doc: 'a.txt', title: '报告甲', section: '一、背景', text: '金交所全面关停。Ｐ２Ｐ平台已经退出 😀', start: 0, end: 20 },
  { id: 'a.txt#1', doc: 'a.txt', title: '报告甲', section: '', text: '', start: 20, end: 20 },
  { id: 'b.md#0', doc: 'b.md', title: 'Note "B"', section: '一、背景', text: 'line\nbreak', start: 5, end: 15 },
];

describe('passages stored as columns', () => {
  const decodesExactly = (dir: string) => async () => {
    const { docs } = await readCorpus([dir]);
    const passages = [...docs.flatMap(chunkDocument), ...SAMPLE];
    const list = decodePassages(encodePassages(passageList(passages)), passages.length);
    expect(list?.length).toBe(passages.length);
    passages.forEach((p, i) => {
      expect(list?.at(i)).toEqual(p);
      expect(list?.docOf(i)).toBe(p.doc);
      expect(list?.idOf(i)).toBe(p.id);
    });
    expect(list?.at(-1)).toBeUndefined();
    expect(list?.at(passages.length)).toBeUndefined();
    expect(list?.docOf(1.5)).toBeUndefined();
  };
  it("GIVEN the fixture corpus' passages THEN every passage, its document and its id decode exactly", decodesExactly(fixtureCorpus));
  itWithReports("GIVEN the real reports' passages THEN every passage, its document and its id decode exactly", decodesExactly(realCorpus));

  it('GIVEN damaged columns THEN no list is made, rather than wrong passages', () => {
    const good = encodePassages(passageList(SAMPLE));
    expect(decodePassages(good, SAMPLE.length)).not.toBeNull();
    expect(decodePassages(good, SAMPLE.length + 1)).toBeNull();
    const backwards = new Float64Array(good.textOffsets);
    backwards[1] = (backwards[2] as number) + 1;
    expect(decodePassages({ ...good, textOffsets: backwards }, SAMPLE.length)).toBeNull();
    const short = new Float64Array(good.idOffsets);
    short[short.length - 1] = good.ids.length - 1;
    expect(decodePassages({ ...good, idOffsets: short }, SAMPLE.length)).toBeNull();
    const outOfTable = new Uint32Array(good.fields);
    outOfTable[2] = 99;
    expect(decodePassages({ ...good, fields: outOfTable }, SAMPLE.length)).toBeNull();
    expect(decodePassages({ ...good, strings: Buffer.from('["a", 1]') }, SAMPLE.length)).toBeNull();
    expect(decodePassages({ ...good, strings: Buffer.from('not json') }, SAMPLE.length)).toBeNull();
  });
});
