import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { jsonLinesLogger } from '@subnetkit/sdk';
import { reportError } from '../framework/report-error.js';
import type { Command } from '../main.js';
import { type DemoDashboard, startDashboardIfPresent } from '../start/dashboard-hook.js';
import { openDataDir } from '../start/data-dir.js';
import type { DemoNetwork } from '../start/demo-network.js';
import { type DemoSummary, demoSummary } from '../start/demo-summary.js';
import { count, formatMinerTable } from '../start/format-demo-state.js';
import { parseStartOptions, START_USAGE } from '../start/start-options.js';
import { createTerminalView } from '../start/terminal-view.js';

function summaryText(summary: DemoSummary): string {
  const how =
    summary.stoppedBy === 'epochs'
      ? `after ${count(summary.epochs, 'epoch')}`
      : `by signal after ${count(summary.epochs, 'epoch')}`;
  return [
    `stopped ${how} at block ${summary.block} (${(summary.durationMs / 1000).toFixed(1)} s)`,
    ...formatMinerTable(summary),
    `emission ordered by model accuracy: ${summary.emissionOrderedByAccuracy ? 'yes' : 'no'}`,
    '',
  ].join('\n');
}

/**
 * `subnetkit start` (`npm start`): the digits subnet on an in-process devnet with a live view; `--epochs N` stops
 * after N epochs, `--json` prints the summary as JSON. SIGINT and SIGTERM stop everything and exit 0.
 */
export const startCommand: Command = async (args, io) => {
  const began = performance.now();
  let options: ReturnType<typeof parseStartOptions>;
  try {
    options = parseStartOptions(args);
  } catch (error) {
    return reportError(io, error, 'start');
  }
  if (options.help) {
    io.stdout.write(START_USAGE);
    return 0;
  }
  let dataDir: ReturnType<typeof openDataDir>;
  try {
    dataDir = openDataDir(options.dataDir);
  } catch (error) {
    return reportError(io, error, 'start');
  }
  const logPath = join(dataDir.path, 'subnetkit.log');
  const log = createWriteStream(logPath, { flags: 'a' });
  const logger = jsonLinesLogger((line) => log.write(line), { name: 'subnetkit-start' });
  const progress = options.json ? io.stderr : io.stdout;
  const view = createTerminalView(progress, { live: progress.isTTY === true, goal: options.epochs });

  // Stop requests: the --epochs goal, SIGINT or SIGTERM (also while setting up).
  let stopBy: DemoSummary['stoppedBy'] | undefined;
  let wake = () => {};
  const stopped = new Promise<void>((resolve) => {
    wake = resolve;
  });
  const stop = (by: DemoSummary['stoppedBy']) => {
    stopBy ??= by;
    wake();
  };
  let signals = 0;
  const onSignal = (signal: NodeJS.Signals) => {
    signals++;
    if (signals > 1) {
      io.stderr.write(`subnetkit start: ${signal} again, exiting without cleanup\n`);
      process.exit(1);
    }
    io.stderr.write(`subnetkit start: ${signal}, stopping…\n`);
    stop('signal');
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  let network: DemoNetwork | undefined;
  let dashboard: DemoDashboard | undefined;
  let failed = false;
  try {
    // The devnet, miner, validator and digits data load only now, so `--help` answers at once.
    const { startDemoNetwork } = await import('../start/demo-network.js');
    network = await startDemoNetwork({
      ...(dataDir.temporary ? {} : { chainDir: join(dataDir.path, 'chain') }),
      blockTimeMs: options.blockTimeMs,
      logger,
      onStage: (stage) => {
        if (stage !== 'running') view.stage(stage);
      },
      ...(options.tempo === undefined ? {} : { tempo: options.tempo }),
    });
    if (stopBy === undefined && options.dashboard) {
      dashboard = await startDashboardIfPresent(network, {
        ...(options.dashboardPort === undefined ? {} : { port: options.dashboardPort }),
      });
      if (dashboard !== undefined) view.note(`dashboard: ${dashboard.url}`);
    }
    const data = dataDir.temporary ? '' : ` · data: ${dataDir.path}`;
    view.note(`devnet: ${network.url} · subnet ${network.netuid}${data} · Ctrl-C stops`);
    network.on('block', (state) => {
      view.block(state);
      if (options.epochs !== undefined && state.epochs >= options.epochs) stop('epochs');
    });
    await stopped;
  } catch (error) {
    failed = true;
    reportError(io, error, 'start');
  }
  try {
    await dashboard?.close();
    await network?.close();
  } catch (error) {
    failed = true;
    reportError(io, error, 'start');
  }
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);
  await new Promise<void>((resolve) => log.end(resolve));
  if (failed) {
    io.stderr.write(`subnetkit start: the log is ${logPath}\n`);
    return 1;
  }
  view.finish();
  if (network !== undefined) {
    const summary = demoSummary(network.current, {
      stoppedBy: stopBy ?? 'signal',
      durationMs: performance.now() - began,
    });
    io.stdout.write(options.json ? `${JSON.stringify(summary, null, 2)}\n` : summaryText(summary));
  }
  dataDir.remove();
  return 0;
};
