// The round-trip ceiling for the devnet's RPC: a bare WebSocket server that answers every JSON-RPC
// request at once, in its own process, printing "devnet ready <url>" like devnet-child.ts.
import { WebSocketServer } from 'ws';

const server = new WebSocketServer({ port: 0, host: '127.0.0.1' });
server.on('listening', () => {
  const { port } = server.address() as { port: number };
  process.stdout.write(`devnet ready ws://127.0.0.1:${port}\n`);
});
server.on('connection', (ws) => {
  ws.on('message', (data) => {
    const { id } = JSON.parse(data.toString()) as { id: number };
    ws.send(JSON.stringify({ jsonrpc: '2.0', id, result: null }));
  });
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
