#!/usr/bin/env node
import { main } from '../dist/main.js';

process.exitCode = await main(process.argv.slice(2));
// The command has finished and cleaned up (within its budget): whatever is still open (a socket a cleanup gave up
// on) must not keep the process alive past its exit code.
setTimeout(() => process.exit(), 300).unref();
