import { z } from 'zod';
import { storage } from 'wxt/utils/storage';

/** How many days handled comments stay in the log; null keeps them forever (the default). */
export const RetentionSchema = z.number().int().min(1).max(3650).nullable();
export type Retention = z.infer<typeof RetentionSchema>;

export const retentionItem = storage.defineItem<Retention>('local:retentionDays', { fallback: null, version: 1 });

/** The stored retention; a damaged value keeps everything rather than deleting by mistake. */
export async function loadRetention(): Promise<Retention> {
  const parsed = RetentionSchema.safeParse(await retentionItem.getValue());
  return parsed.success ? parsed.data : null;
}

export async function saveRetention(days: Retention): Promise<void> {
  await retentionItem.setValue(RetentionSchema.parse(days));
}
