/**
 * Module customization hooks that append every URL the process resolves to a log file, one a line. Registered by
 * `record-imports.ts`, which passes the log's path as `initialize`'s data.
 */
import { appendFileSync } from 'node:fs';
import type { InitializeHook, ResolveHook } from 'node:module';

let log = '';

/** Takes the log's path from `register`'s data. */
export const initialize: InitializeHook<{ log: string }> = (data) => {
  log = data.log;
};

/** Resolves as the next hook does and records the URL. */
export const resolve: ResolveHook = async (specifier, context, nextResolve) => {
  const resolved = await nextResolve(specifier, context);
  appendFileSync(log, `${resolved.url}\n`);
  return resolved;
};
