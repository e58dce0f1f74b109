import type { IncomingMessage } from 'node:http';

/** An HTTP request body: its text, or `tooBig` with whether the client's upload was read to its end. */
export type ReadBodyResult = { readonly text: string } | { readonly tooBig: true; readonly drained: boolean };

/**
 * Reads a request body of at most `limit` bytes. A larger one is not kept but still read and discarded,
 * up to `limit` more bytes, so that the client has finished sending when the 413 goes out: closing a
 * socket with unread data resets it, and the client would lose the answer. Past twice the limit it stops
 * reading (`drained: false`); the caller answers and closes.
 *
 * @example
 * const body = await readBody(req, 15 * 1024 * 1024);
 * if ('tooBig' in body) res.writeHead(413).end();
 */
export function readBody(req: IncomingMessage, limit: number): Promise<ReadBodyResult> {
  return new Promise((resolve, reject) => {
    let chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) {
        chunks.push(chunk);
        return;
      }
      chunks = [];
      if (size > 2 * limit) {
        req.off('data', onData);
        req.pause();
        resolve({ tooBig: true, drained: false });
      }
    };
    req.on('data', onData);
    req.on('end', () =>
      resolve(
        size > limit ? { tooBig: true, drained: true } : { text: Buffer.concat(chunks).toString('utf8') },
      ),
    );
    req.on('error', reject);
  });
}
