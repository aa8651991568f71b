/**
 * Runs `fn` at most once per `ms`: the first call at once, later calls coalesced into one run at
 * the end of the window, so the preview follows typing without re-rendering on every keystroke.
 */
export function throttle(
  fn: () => void,
  ms: number,
  timers: { set: typeof setTimeout; clear: typeof clearTimeout } = { set: setTimeout, clear: clearTimeout },
) {
  let last = -Infinity;
  let pending: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    pending = undefined;
    last = Date.now();
    fn();
  };
  const call = () => {
    if (pending !== undefined) return;
    const wait = last + ms - Date.now();
    if (wait <= 0) run();
    else pending = timers.set(run, wait);
  };
  call.cancel = () => {
    if (pending !== undefined) timers.clear(pending);
    pending = undefined;
  };
  return call;
}

/**
 * Breaks the loop between the editor and the preview scrolling each other: a scroll that one side
 * made because of the other is not sent back.
 */
export class ScrollEcho {
  private until = 0;
  constructor(private readonly windowMs = 300) {}
  /** Call when this side scrolls because the other asked. */
  caused(now = Date.now()): void {
    this.until = now + this.windowMs;
  }
  /** Whether a scroll seen now is the user's own (and so should be sent on). */
  isOwn(now = Date.now()): boolean {
    return now >= this.until;
  }
}
