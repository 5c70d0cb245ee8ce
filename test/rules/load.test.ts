import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkOffer } from '../../rules/check-offer.js';
import { loadRules } from '../../rules/load.js';

const good = {
  id: 'good_rule',
  name: '好规则',
  severity: 'medium',
  explanation: '一句解释。',
  backing: { query: '非法集资' },
  terms: ['好词'],
};

function dirWith(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'finrisk-rules-'));
  for (const [name, body] of Object.entries(files)) writeFileSync(path.join(dir, name), body);
  return dir;
}

const failure = (files: Record<string, string>): string => {
  const dir = dirWith(files);
  try {
    loadRules(dir);
    return 'loaded';
  } catch (error) {
    return (error as Error).message.replace(dir, '<dir>');
  }
};

describe('rule files that fail start-up', () => {
  it.each([
    ['not JSON', { 'a.json': '{ flags: ' }, /^<dir>\/a\.json: not valid JSON/],
    ['a wrong version', { 'a.json': JSON.stringify({ version: 2, flags: [] }) }, /^<dir>\/a\.json: version /],
    [
      'no backing query',
      { 'a.json': JSON.stringify({ version: 1, flags: [{ ...good, backing: undefined }] }) },
      /^<dir>\/a\.json: rule "good_rule": backing Required$/,
    ],
    [
      'an unknown severity',
      { 'a.json': JSON.stringify({ version: 1, flags: [{ ...good, severity: 'extreme' }] }) },
      /^<dir>\/a\.json: rule "good_rule": severity /,
    ],
    [
      'a misspelt field',
      { 'a.json': JSON.stringify({ version: 1, flags: [{ ...good, term: ['x'] }] }) },
      /^<dir>\/a\.json: rule "good_rule": .*term/,
    ],
    [
      'an id that is not snake_case',
      { 'a.json': JSON.stringify({ version: 1, flags: [{ ...good, id: 'Bad-Id' }] }) },
      /^<dir>\/a\.json: rule "Bad-Id": id must be snake_case$/,
    ],
    [
      'no trigger at all',
      { 'a.json': JSON.stringify({ version: 1, flags: [{ ...good, terms: [] }] }) },
      /^<dir>\/a\.json: rule "good_rule": .*needs at least one term, pattern, concept or detector$/,
    ],
    [
      'an unknown detector',
      { 'a.json': JSON.stringify({ version: 1, flags: [{ ...good, detectors: ['psychic'] }] }) },
      /^<dir>\/a\.json: rule "good_rule": detectors\.0 /,
    ],
    [
      'a rule without an id',
      { 'a.json': JSON.stringify({ version: 1, flags: [{ name: '无名' }] }) },
      /^<dir>\/a\.json: rule #0: id Required$/,
    ],
    [
      'the same id in two files',
      { 'a.json': JSON.stringify({ version: 1, flags: [good] }), 'b.json': JSON.stringify({ version: 1, flags: [good] }) },
      /^<dir>: rule "good_rule" is defined twice$/,
    ],
  ])('GIVEN %s THEN the message names the file, the rule and the fault', (_what, files, message) => {
    expect(failure(files)).toMatch(message);
  });

  it('GIVEN two valid files THEN their rules load in file order and a new keyword needs no code', () => {
    const other = { ...good, id: 'other_rule', terms: ['另一个词'] };
    const dir = dirWith({
      'b.json': JSON.stringify({ version: 1, flags: [other] }),
      'a.json': JSON.stringify({ version: 1, flags: [good] }),
      'notes.txt': 'ignored',
    });
    const rules = loadRules(dir);
    expect(rules.map((r) => r.id)).toEqual(['good_rule', 'other_rule']);
    expect(checkOffer('这里有好词', { rules }).flags.map((f) => [f.id, f.evidence])).toEqual([
      ['good_rule', [{ text: '好词', start: 3, end: 5 }]],
    ]);
  });
});
