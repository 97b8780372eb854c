import { describe, expect, it } from 'vitest';
import { storageProblemText } from './storage-message';

describe('storage problems shown to the user', () => {
  it('says storage is full, in the UI language, and that nothing typed was lost', () => {
    const full = new Error('Resource::kQuotaBytes quota exceeded');
    expect(storageProblemText('en', full)).toMatch(/^Storage is full.*what you typed is still here\.$/);
    expect(storageProblemText('id', full)).toMatch(/^Penyimpanan penuh/);
  });

  it('explains a window where extensions cannot store anything', () => {
    const error = new Error('Database has been closed');
    error.name = 'DatabaseClosedError';
    expect(storageProblemText('es', error)).toMatch(/ventana privada/);
  });

  it('passes on the browser\'s words for anything else', () => {
    expect(storageProblemText('en', new Error('disk on fire'))).toBe('Saving failed (disk on fire). What you typed is still here.');
  });
});
