/** Lets the browser paint and handle input between slices of work. */
interface SchedulerLike {
  yield?: () => Promise<void>;
}

export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  // A message-channel task is not clamped to 4 ms the way nested setTimeout(0) is.
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/** Resolves after the next frame has been produced, so what was just highlighted is painted. */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/** Slices stay well under the 50 ms long-task line. */
export const SLICE_MS = 12;
export const deadline = (ms = SLICE_MS) => {
  const end = performance.now() + ms;
  return () => performance.now() > end;
};
