// apt-get as the set-up (system.mjs) runs it on a fresh Debian/Ubuntu machine. Plain JavaScript: it runs before
// anything is compiled.

/** Options given to every apt-get call: each download retried by apt itself, the dpkg lock waited for 5 minutes (a
 * fresh machine's unattended upgrades can hold it at boot) rather than failing at once. */
export const aptOptions = ['-o', 'Acquire::Retries=3', '-o', 'DPkg::Lock::Timeout=300'];

/** How long to wait before the second and the third try of the whole update + install. */
export const aptWaitsMs = [15_000, 60_000];

/**
 * Install `packages` with apt-get: `update`, then `install`, the pair tried up to three times (15 s, then 60 s apart),
 * so a mirror or a lock failing for a moment does not fail a fresh machine's CI. `run(args)` runs apt-get with `args`
 * and throws when it fails; `wait(ms, failure)` waits before the next try. Returns the failures of the tries before the
 * one that worked; when every try failed, throws one error naming each failure.
 */
export function aptInstall(packages, run, wait, waitsMs = aptWaitsMs) {
  const failures = [];
  for (let attempt = 0; ; attempt += 1) {
    try {
      run([...aptOptions, 'update', '-qq']);
      run([...aptOptions, 'install', '-y', '-qq', '--no-install-recommends', ...packages]);
      return failures;
    } catch (error) {
      failures.push(error instanceof Error ? error.message : String(error));
      if (attempt >= waitsMs.length) {
        throw new Error(`apt-get failed ${failures.length} times: ${failures.map((message, n) => `${n + 1}. ${message}`).join('; ')}`);
      }
      wait(waitsMs[attempt], failures.at(-1));
    }
  }
}
