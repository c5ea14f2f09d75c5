// Delayed calls the store schedules itself, so components stay free of timers and tests can use fake ones.

export interface Scheduled {
  schedule(): void;
  cancel(): void;
}

/** Fires once edits pause for `delayMs`: each schedule() restarts the wait. */
export function debounced(delayMs: number, run: () => void): Scheduled {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cancel = () => {
    clearTimeout(timer);
    timer = undefined;
  };
  return {
    schedule() {
      cancel();
      timer = setTimeout(() => {
        timer = undefined;
        run();
      }, delayMs);
    },
    cancel,
  };
}

/** Fires at most once per `delayMs`, however often it is scheduled in between. */
export function coalesced(delayMs: number, run: () => void): Scheduled {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    schedule() {
      if (timer !== undefined) return;
      timer = setTimeout(() => {
        timer = undefined;
        run();
      }, delayMs);
    },
    cancel() {
      clearTimeout(timer);
      timer = undefined;
    },
  };
}
