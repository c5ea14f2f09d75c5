// The code the core loads on first use (handler groups, a run's execution, the importers, the
// provider SDK), loaded ahead by the long-lived core host once its workspace is open. Loading a
// module compiles it on the event loop; left to the first import or run, that stalls the client for
// the length of the compile while it waits on work. The CLI does not warm up: it loads only what its
// one command needs.
const MODULES: (() => Promise<unknown>)[] = [
  () => import('../formats'),
  () => import('../db/import-writer'),
  () => import('../core/judge-handlers'),
  () => import('../core/run-handlers'),
  () => import('../runner/run-execution'),
  () => import('../providers/openai-client'),
  () => import('../providers/openai-provider'),
  () => import('../core/review-handlers'),
  () => import('../core/calibration-handlers'),
  () => import('../core/trust-handlers'),
  () => import('../core/export-handlers'),
];

/** Loads them one at a time, yielding between them so calls and pings are answered meanwhile. */
export async function warmUp(): Promise<void> {
  for (const load of MODULES) {
    await new Promise((resolve) => setImmediate(resolve));
    // A module that fails to load fails again, with its error, where it is used.
    await load().catch(() => undefined);
  }
}
