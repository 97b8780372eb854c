import * as z from 'zod/mini';

/**
 * Parses a message that arrived from another context. A message that does not match is dropped
 * with a logged reason: a bad message must never throw inside a listener.
 */
export function parseMessage<S extends z.core.$ZodType>(schema: S, raw: unknown, receiver: string): z.output<S> | null {
  const result = z.safeParse(schema, raw);
  if (result.success) return result.data;
  console.warn(`[Composure] ${receiver} dropped a malformed message: ${z.prettifyError(result.error)}`);
  return null;
}

/** Whether a value at least claims to be one of ours (has a string `type`): others are not logged. */
export function looksLikeMessage(raw: unknown): raw is { type: string } {
  return typeof raw === 'object' && raw !== null && typeof (raw as { type?: unknown }).type === 'string';
}
