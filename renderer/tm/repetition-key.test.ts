import { describe, expect, it } from 'vitest';
import { isRepetitionKey, nextWaiting, waitsForConfirmation } from './repetition-key';

const key = (
  over: Partial<{ key: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }>,
) => ({ key: 'Enter', ctrlKey: true, metaKey: false, shiftKey: true, altKey: false, ...over });

describe('the repetition key', () => {
  it('is Ctrl+Shift+Enter or Cmd+Shift+Enter, not Ctrl+Enter nor with Alt', () => {
    expect(isRepetitionKey(key({}))).toBe(true);
    expect(isRepetitionKey(key({ ctrlKey: false, metaKey: true }))).toBe(true);
    expect(isRepetitionKey(key({ shiftKey: false }))).toBe(false);
    expect(isRepetitionKey(key({ altKey: true }))).toBe(false);
  });

  it('goes to the next waiting row, wrapping to the first, and knows which rows wait', () => {
    expect(nextWaiting([2, 4, 5], 3)).toBe(4);
    expect(nextWaiting([2, 4, 5], 5)).toBe(2);
    expect(nextWaiting([], 5)).toBeNull();
    expect(waitsForConfirmation({ origin: 'repetition', status: 'draft' })).toBe(true);
    expect(waitsForConfirmation({ origin: 'repetition', status: 'translated' })).toBe(false);
    expect(waitsForConfirmation({ origin: 'typed', status: 'draft' })).toBe(false);
  });
});
