import { describe, expect, it } from 'vitest';
import { makeLogEntries } from '../../tests/helpers/log-entries';
import { redactAuthors } from './redact';

describe('redacting authors for sharing', () => {
  it('replaces each author by a stable alias, in the author field and where texts name them', () => {
    const [a, b, c] = makeLogEntries(3);
    const entries = [
      { ...a!, author: 'Maria G', commentText: 'Maria G here: the room was dirty.', replyText: 'Thank you, Maria. We are sorry.' },
      { ...b!, author: 'Kofi A', replyText: 'Dear Kofi, thank you.' },
      { ...c!, author: 'Maria G', replyText: 'Maria, thanks again. Mariachi night is on Friday.' },
    ];
    const redacted = redactAuthors(entries);
    expect(redacted.map((entry) => entry.author)).toEqual(['Reviewer 1', 'Reviewer 2', 'Reviewer 1']);
    expect(redacted[0]!.commentText).toBe('Reviewer 1 here: the room was dirty.');
    expect(redacted[0]!.replyText).toBe('Thank you, Reviewer 1. We are sorry.');
    expect(redacted[1]!.replyText).toBe('Dear Reviewer 2, thank you.');
    expect(redacted[2]!.replyText).toBe('Reviewer 1, thanks again. Mariachi night is on Friday.');
    expect(entries[0]!.author).toBe('Maria G'); // the log itself is untouched
  });

  it('leaves entries without an author as they are', () => {
    const entry = { ...makeLogEntries(1)[0]!, author: null };
    expect(redactAuthors([entry])).toEqual([entry]);
  });
});
