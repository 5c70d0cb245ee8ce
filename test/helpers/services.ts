/** Fixture builders for the core: small in-memory knowledge and registry, overridable per test. */
import type { Answer, Knowledge, SearchResult } from '../../knowledge/types.js';
import type { Registry, RegistryEntry } from '../../knowledge/registry/types.js';
import { createManualClock } from '../../bot/ports.js';
import type { BotServices } from '../../bot/services.js';
import type { IncomingMessage } from '../../bot/types.js';

export function makeMessage(overrides: Partial<IncomingMessage> = {}): IncomingMessage {
  return { platform: 'console', chatId: 'c1', userId: 'u1', text: '/help', chatType: 'private', addressed: true, ...overrides };
}

export const sampleResult: SearchResult = {
  doc: 'note.md',
  title: '测试笔记',
  section: '一、背景',
  passage: 'note.md#0',
  text: '这是一段用于测试的文字。',
  highlights: [[0, 2]],
  score: 3,
};

export function makeKnowledge(overrides: Partial<Knowledge> = {}): Knowledge {
  const answer = (question: string): Answer => ({
    question,
    answer: ['这是一段用于测试的文字。'],
    sources: [sampleResult],
    found: true,
    suggestions: [],
  });
  return {
    search: () => [sampleResult],
    ask: answer,
    passage: () => undefined,
    stats: () => ({ documents: 1, passages: 1, buildMs: 0, fromCache: false }),
    titleOf: () => undefined,
    ...overrides,
  };
}

export function makeRegistry(entries: RegistryEntry[] = []): Registry {
  return {
    lookup: (name) =>
      entries.filter((e) => e.name.includes(name) || e.aliases.includes(name)).map((entry) => ({ entry, how: 'name', distance: 0 })),
    mentions: () => [],
    inRegion: (region) => entries.filter((e) => e.region === region),
    all: () => entries,
    apply: (update) => ({ ...(entries[0] as RegistryEntry), ...update }),
  };
}

export function makeServices(overrides: Partial<BotServices> = {}): BotServices {
  return { knowledge: makeKnowledge(), registry: makeRegistry(), clock: createManualClock(0), ...overrides };
}
