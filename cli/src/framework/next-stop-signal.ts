/**
 * Resolves with the first SIGTERM or SIGINT that arrives after the call, then lets go of both signals. Daemons
 * (miner, validator, validator-worker, dashboard) call it once they are ready, just before printing their `ready`
 * line (a supervisor that reads the line may signal at once), and drain when it resolves. Before that Node's default applies: a signal while connecting, unlocking keys
 * or loading a model ends the process at once, as there is nothing to drain yet. After it, a second signal during
 * the drain also ends the process at once (Ctrl-C twice).
 *
 * @example
 * const stopped = nextStopSignal();
 * output.line('miner ready');
 * const signal = await stopped;
 * logger.info({ signal }, 'stopping: draining in-flight requests');
 */
export function nextStopSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGTERM', stop);
      process.off('SIGINT', stop);
      resolve(signal);
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  });
}
