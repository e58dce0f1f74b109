/**
 * A real validator process (file store, fsync + rename) killed with SIGKILL mid-run and restarted: the scores it
 * restores are exactly those of a step it completed (recomputed here from scratch), never torn, never reset.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectedScores } from './kill-restart-scores.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const ALPHA = 0.3;
type Line = { kind: 'restored' | 'step'; step: number; scores: Record<string, number> };

let directory: string;
beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'validator-kill-'));
});
afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

/** Starts the child; resolves with it and its restored line, and collects later lines. */
function startChild(path: string): Promise<{ child: ChildProcess; restored: Line; lines: Line[] }> {
  const child = spawn(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', join(here, 'kill-restart-child.ts'), path],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const lines: Line[] = [];
  let buffer = '';
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise((resolve, reject) => {
    child.on('exit', (code) => reject(new Error(`child exited (${code}) before it was ready: ${stderr}`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const parts = buffer.split('\n');
      buffer = parts.pop() ?? '';
      for (const part of parts) {
        const line = JSON.parse(part) as Line;
        if (line.kind === 'restored') resolve({ child, restored: line, lines });
        else lines.push(line);
      }
    });
  });
}

async function waitForSteps(lines: Line[], count: number): Promise<void> {
  while (lines.length < count) await new Promise((resolve) => setTimeout(resolve, 10));
}

function kill(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

describe('validator killed with SIGKILL', () => {
  it('behavior: restarts with exactly the scores of its last persisted step, twice over', {
    timeout: 120_000,
  }, async () => {
    const path = join(directory, 'state.json');
    let { child, restored, lines } = await startChild(path);
    expect(restored).toEqual({ kind: 'restored', step: 0, scores: {} });

    for (let round = 0; round < 2; round++) {
      await waitForSteps(lines, 5 + round * 3);
      await kill(child);
      const lastLogged = lines.at(-1) as Line;
      ({ child, restored, lines } = await startChild(path));
      // The last step it reported was persisted; one more may have been persisted before the kill, not reported.
      expect([lastLogged.step + 1, lastLogged.step + 2]).toContain(restored.step);
      if (restored.step === lastLogged.step + 1) expect(restored.scores).toEqual(lastLogged.scores);
      expect(restored.scores).toEqual(expectedScores(restored.step, ALPHA));
      expect(Object.keys(restored.scores)).toHaveLength(16);
    }
    await kill(child);
    // At most a temporary file of the write the kill interrupted is left beside the state file.
    expect((await readdir(directory)).filter((f) => f !== 'state.json').length).toBeLessThanOrEqual(1);
  });
});
