/**
 * What a Unix tool does when its reader goes away (`subnetkit … | head`): stop quietly. Node ignores SIGPIPE, so
 * without a handler the next write to the closed pipe raises an unhandled `EPIPE` and a stack trace on stderr.
 *
 * @example
 * exitOnClosedOutput(process.stdout);
 */
export function exitOnClosedOutput(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(0);
  });
}
