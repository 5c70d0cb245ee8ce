import { describe, expect, it } from 'vitest';
import { onlyInScene, storyOf } from '../../knowledge/story.js';
import { contentWords } from '../../knowledge/english-words.js';

// Our own wording: who asks (a buddy, a mate) is the asker's circle; how a writing presents a thing is its frame.
describe('English: the asker circle and the frame of the writing', () => {
  it.each([
    'A buddy runs a small lending shop. What rules must such firms follow?',
    'A mate bought a product like this. Can he get his money back?',
  ])('GIVEN %s THEN the first sentence is the scene, and the friend word only stands in it', (question) => {
    const story = storyOf(question);
    expect(story.scene).toHaveLength(1);
    expect(onlyInScene(story, question.split(' ')[1] as string)).toBe(true);
  });

  it('GIVEN "how does the author frame" or "what does the report reckon" THEN frame and reckon are no content words', () => {
    expect(contentWords('How does the author frame the moral hazard?')).not.toContain('frame');
    expect(contentWords('What does the report reckon about cloud?')).not.toContain('reckon');
  });
});
