import { epoch, formatStepOutput, parseStepInput, StepInputError } from '@subnetkit/chain/yuma';
import { isInteger, parse } from 'lossless-json';
import type { Command } from '../main.js';
import { readStdin } from '../read-stdin.js';
import { yumaSimulateCommand } from './yuma-simulate.js';

const usage = `usage: subnetkit yuma epoch < input.json > output.json
       subnetkit yuma simulate scenario.json [--out dir]

Runs one Yuma consensus epoch per step input (an object or an array of them) and prints
the outputs as JSON (see docs/yuma.md).
`;

/** Integers parse losslessly as bigint (stakes and emissions exceed 2^53); other numbers as floats. */
function parseNumber(text: string): number | bigint {
  return isInteger(text) ? BigInt(text) : Number(text);
}

async function epochCommand(): Promise<number> {
  let json: unknown;
  try {
    json = parse(await readStdin(), undefined, parseNumber);
  } catch (error) {
    process.stderr.write(`subnetkit yuma epoch: input is not valid JSON: ${(error as Error).message}\n`);
    return 2;
  }
  try {
    // Every input is checked before any epoch runs, so a bad one never yields a partial result.
    const inputs = Array.isArray(json) ? json.map((step, i) => parseStepInput(step, `$[${i}]`)) : null;
    const result = inputs
      ? inputs.map((input) => formatStepOutput(epoch(input)))
      : formatStepOutput(epoch(parseStepInput(json)));
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof StepInputError) {
      process.stderr.write(`subnetkit yuma epoch: bad input at ${error.shortMessage}\n`);
      return 2;
    }
    throw error;
  }
}

/** `subnetkit yuma <subcommand>`. */
export const yumaCommand: Command = async (args) => {
  const [sub] = args;
  if (sub === 'epoch') return epochCommand();
  if (sub === 'simulate') return yumaSimulateCommand(args.slice(1));
  if (sub === '--help' || sub === '-h') {
    process.stdout.write(usage);
    return 0;
  }
  process.stderr.write(sub === undefined ? usage : `subnetkit yuma: unknown subcommand '${sub}'\n${usage}`);
  return sub === undefined ? 1 : 2;
};
