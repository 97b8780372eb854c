import type { Page } from '@playwright/test';

/**
 * Reads and writes the extension's IndexedDB from one of its pages, as the tests' window into what
 * the user's log holds. Waits for the extension to have created the database first: opening it
 * before would create an empty one behind Dexie's back.
 */
export function putRows(page: Page, store: string, rows: unknown[]): Promise<void> {
  return page.evaluate(
    async ({ store, rows }) => {
      for (let tries = 0; !(await indexedDB.databases()).some((db) => db.name === 'composure'); tries++) {
        if (tries > 100) throw new Error('the extension did not create its database');
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      await new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('composure');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(store, 'readwrite');
          for (const row of rows) tx.objectStore(store).put(row);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      });
    },
    { store, rows },
  );
}

export function readRows<T = Record<string, unknown>>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(
    (store) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('composure');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result as T[]);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    store,
  );
}
