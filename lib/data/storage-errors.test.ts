import { describe, expect, it } from 'vitest';
import { classifyStorageError } from './storage-errors';

function named(name: string, message: string): Error {
  const error = new Error(message);
  error.name = name;
  return error;
}

describe('classifyStorageError', () => {
  it('recognises a full storage area', () => {
    expect(classifyStorageError(new Error('Resource::kQuotaBytes quota exceeded'))).toBe('quota');
    expect(classifyStorageError(named('QuotaExceededError', 'The quota has been exceeded.'))).toBe('quota');
  });

  it('recognises storage that cannot be used in this window', () => {
    expect(classifyStorageError(named('MissingAPIError', 'IndexedDB API missing'))).toBe('unavailable');
    expect(classifyStorageError(named('InvalidStateError', 'A mutation operation was attempted on a database that did not allow mutations.'))).toBe('unavailable');
    expect(classifyStorageError(named('DatabaseClosedError', 'Database has been closed'))).toBe('unavailable');
  });

  it('does not guess for anything else', () => {
    expect(classifyStorageError(new TypeError('x is undefined'))).toBe('other');
    expect(classifyStorageError('weird')).toBe('other');
  });
});
