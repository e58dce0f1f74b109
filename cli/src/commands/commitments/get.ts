import { type CommitmentField, getCommitments, type HotkeyCommitment } from '@subnetkit/sdk';
import { connectClient } from '../../chain/connect-client.js';
import { explainChainError } from '../../chain/explain-chain-error.js';
import { CHAIN_OPTIONS, JSON_OPTION, NETUID_OPTION } from '../../framework/option-spec.js';
import type { Subcommand } from '../../framework/subcommand.js';

const hex = (bytes: Uint8Array) => `0x${Buffer.from(bytes).toString('hex')}`;

/** One field as a person reads it: text when printable, hex otherwise, and what a non-data field is. */
function describeField(field: CommitmentField): string {
  switch (field.kind) {
    case 'raw':
      return field.text ?? hex(field.bytes);
    case 'hash':
      return `${field.algorithm} ${field.hash}`;
    case 'timelocked':
      return `[timelocked until drand round ${field.revealRound}, ${field.size} bytes]`;
    case 'resetBonds':
      return '[reset bonds]';
    default:
      return '[none]';
  }
}

/** The lines of one hotkey's commitment. */
function describe(commitment: HotkeyCommitment): string[] {
  const lines = [commitment.hotkey];
  if (commitment.block !== undefined) {
    lines.push(`  committed at #${commitment.block}: ${commitment.fields.map(describeField).join(' · ')}`);
  }
  for (const r of commitment.revealed) lines.push(`  revealed at #${r.block}: ${r.text ?? hex(r.bytes)}`);
  return lines;
}

/** JSON of a commitment: bytes as hex next to their text. */
function toJson(commitment: HotkeyCommitment) {
  return {
    ...commitment,
    fields: commitment.fields.map((f) => (f.kind === 'raw' ? { ...f, bytes: hex(f.bytes) } : f)),
    revealed: commitment.revealed.map((r) => ({ ...r, bytes: hex(r.bytes) })),
  };
}

/**
 * `subnetkit commitments get --netuid N [--hotkey H]`: the subnet's commitments by hotkey — current fields (text
 * where printable, timelocked ones with their drand round) and what the chain has revealed, with its block.
 */
export const commitmentsGet: Subcommand = {
  options: [
    NETUID_OPTION,
    { name: 'hotkey', type: 'string', placeholder: 'SS58', description: "only this hotkey's commitment" },
    ...CHAIN_OPTIONS,
    JSON_OPTION,
  ],
  examples: [
    'subnetkit commitments get --netuid 1',
    'subnetkit commitments get --netuid 1 --hotkey 5F3sa2TJAWMqDhXG6jhV4N8ko9SxwGy8TpaNS1repo5EYjQX --json',
  ],
  async run(context) {
    const { options, output } = context;
    const netuid = options.netuid();
    const hotkey = options.string('hotkey');
    const client = await connectClient(context);
    let commitments: HotkeyCommitment[];
    try {
      commitments = await getCommitments(client, { netuid, ...(hotkey === undefined ? {} : { hotkey }) });
    } catch (error) {
      throw explainChainError(error, { netuid });
    }
    if (output.json) return output.printJson({ netuid, commitments: commitments.map(toJson) });
    if (commitments.length === 0) {
      output.line(`netuid ${netuid}: no commitments${hotkey === undefined ? '' : ` from ${hotkey}`}`);
      return;
    }
    output.line(`netuid ${netuid}: ${commitments.length} hotkeys with commitments`);
    for (const commitment of commitments) for (const line of describe(commitment)) output.line(line);
  },
};
