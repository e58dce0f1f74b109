/**
 * Waits for `work` or until the epoch-ms `deadlineMs`, whichever comes first; never rejects.
 *
 * @example
 * await waitUntil(Promise.all(pending), Date.now() + 1_000); // at most 1 s
 */
export async function waitUntil(work: Promise<unknown>, deadlineMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, Math.max(0, deadlineMs - Date.now()));
  });
  try {
    await Promise.race([
      work.then(
        () => undefined,
        () => undefined,
      ),
      deadline,
    ]);
  } finally {
    clearTimeout(timer);
  }
}
