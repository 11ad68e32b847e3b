/**
 * Run tasks with at most `limit` at once, and at most `heavyLimit` of the
 * heavy ones (PDF jobs: each holds a Chromium tab of several hundred MB).
 * A free slot takes the first task it may start, so light jobs fill the gaps
 * while a PDF prints. Stops starting new tasks once aborted.
 */
export async function runPool<T>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<void>,
  signal?: AbortSignal,
  heavy: (item: T) => boolean = () => false,
  heavyLimit = limit,
): Promise<void> {
  const pending = items.slice();
  let running = 0;
  let runningHeavy = 0;
  await new Promise<void>((resolve) => {
    const pump = () => {
      while (!signal?.aborted && running < limit) {
        const index = pending.findIndex((item) => !heavy(item) || runningHeavy < Math.max(1, heavyLimit));
        if (index === -1) break;
        const [item] = pending.splice(index, 1);
        const isHeavy = heavy(item);
        running++;
        if (isHeavy) runningHeavy++;
        void task(item)
          .catch(() => {})
          .finally(() => {
            running--;
            if (isHeavy) runningHeavy--;
            pump();
          });
      }
      if (running === 0 && (pending.length === 0 || signal?.aborted)) resolve();
    };
    pump();
  });
}
