/** Time spent on page work before the page gets its thread back: far under a 50 ms long task. */
const SLICE_MS = 12;

/** Gives the page its thread back for a moment; without setTimeout's 4 ms clamp on nested calls. */
function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/** Calls work(item) for each item, yielding to the page whenever a slice has run SLICE_MS; false if stopped. */
export async function inSlices<T>(items: Iterable<T>, work: (item: T) => void, keepGoing: () => boolean): Promise<boolean> {
  let sliceStart = performance.now();
  for (const item of items) {
    if (performance.now() - sliceStart > SLICE_MS) {
      await yieldToPage();
      if (!keepGoing()) return false;
      sliceStart = performance.now();
    }
    work(item);
  }
  return true;
}
