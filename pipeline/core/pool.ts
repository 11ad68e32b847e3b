/**
 * Run tasks with at most `limit` at once, and at most `heavyLimit` of the
 * heavy ones (PDF jobs: each holds a Chromium tab of several hundred MB).
 * A free slot takes the first task it may start, so light jobs fill the gaps
 * while a PDF prints. Light tasks wait for `lightAfter` or the end of a heavy
 * task, whichever comes first (at once when there is no heavy task). Stops starting new tasks once aborted.
 */
export async function runPool<T>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<void>,
  signal?: AbortSignal,
  heavy: (item: T) => boolean = () => false,
  heavyLimit = limit,
  lightAfter?: Promise<void>,
): Promise<void> {
  const pending = items.slice();
  let running = 0;
  let runningHeavy = 0;
  let lightOpen = lightAfter === undefined || !items.some(heavy);
  await new Promise<void>((resolve) => {
    const pump = () => {
      while (!signal?.aborted && running < limit) {
        const index = pending.findIndex((item) => (heavy(item) ? runningHeavy < Math.max(1, heavyLimit) : lightOpen));
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
            if (isHeavy) lightOpen = true;
            pump();
          });
      }
      if (running === 0 && (pending.length === 0 || signal?.aborted)) resolve();
    };
    const open = () => {
      lightOpen = true;
      pump();
    };
    lightAfter?.then(open, open);
    pump();
  });
}
