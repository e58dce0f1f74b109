#!/usr/bin/env node
// `npm create subnetkit <name> [--dir <path>]` runs this: the same writer as `subnetkit new`.
import { main } from '@subnetkit/cli';

process.exitCode = await main(['new', ...process.argv.slice(2)]);
