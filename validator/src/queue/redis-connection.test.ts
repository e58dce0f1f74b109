import { once } from 'node:events';
import { type AddressInfo, createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { resolveQueueLocation } from './bullmq-settings.js';
import { describeRedisConnection, parseRedisConnection, pingRedis } from './redis-connection.js';

describe('parseRedisConnection', () => {
  it('default: one redis:// or rediss:// URL is one server, kept as given', () => {
    expect(parseRedisConnection('redis://127.0.0.1:6379/2')).toEqual({
      kind: 'server',
      url: 'redis://127.0.0.1:6379/2',
    });
    expect(parseRedisConnection(['rediss://:pw@cache.internal:6380'])).toEqual({
      kind: 'server',
      url: 'rediss://:pw@cache.internal:6380',
    });
  });

  it('args: redis+cluster:// lists seed nodes, with credentials and TLS', () => {
    expect(parseRedisConnection('redis+cluster://10.0.0.1:7000,10.0.0.2:7001,node-c')).toEqual({
      kind: 'cluster',
      nodes: [
        { host: '10.0.0.1', port: 7000 },
        { host: '10.0.0.2', port: 7001 },
        { host: 'node-c', port: 6379 },
      ],
      tls: false,
    });
    expect(parseRedisConnection('rediss+cluster://user:p%40ss@[::1]:7000,a:7001/')).toEqual({
      kind: 'cluster',
      nodes: [
        { host: '::1', port: 7000 },
        { host: 'a', port: 7001 },
      ],
      username: 'user',
      password: 'p@ss',
      tls: true,
    });
  });

  it('args: a list of two or more URLs is a cluster, TLS only if every URL is rediss://', () => {
    expect(parseRedisConnection(['redis://:pw@a:7000', 'rediss://b:7001'])).toEqual({
      kind: 'cluster',
      nodes: [
        { host: 'a', port: 7000 },
        { host: 'b', port: 7001 },
      ],
      password: 'pw',
      tls: false,
    });
  });

  it.each([
    ['http://127.0.0.1:6379'],
    ['127.0.0.1:6379'],
    ['redis+cluster://a:7000,,b:7001'],
    ['redis+cluster://a:7000/3'],
    ['redis+cluster:a:7000'],
    ['redis+cluster://a:notaport'],
    [''],
  ])('error: %j is VALIDATOR_QUEUE_URL_INVALID', (url) => {
    expect(() => parseRedisConnection(url)).toThrow(
      expect.objectContaining({ code: 'VALIDATOR_QUEUE_URL_INVALID' }),
    );
  });

  it('error: an empty list, and no password in the message', () => {
    expect(() => parseRedisConnection([])).toThrow(
      expect.objectContaining({ code: 'VALIDATOR_QUEUE_URL_INVALID' }),
    );
    expect(() => parseRedisConnection('redis+cluster://:hunter2@a:7000/x')).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('hunter2') }),
    );
  });
});

describe('describeRedisConnection', () => {
  it('default: prints the target without credentials', () => {
    expect(describeRedisConnection(parseRedisConnection('redis://u:secret@10.0.0.1:6379'))).toBe(
      'redis://10.0.0.1:6379',
    );
    expect(describeRedisConnection(parseRedisConnection('rediss+cluster://:s@a:7000,b:7001'))).toBe(
      'rediss+cluster://a:7000,b:7001',
    );
  });
});

describe('resolveQueueLocation', () => {
  it('default: prefix subnetkit and queue query; on a cluster the prefix becomes a hash tag', () => {
    expect(resolveQueueLocation({ connection: 'redis://a:1' })).toMatchObject({
      prefix: 'subnetkit',
      queueName: 'query',
    });
    expect(resolveQueueLocation({ connection: 'redis+cluster://a:1,b:2', prefix: 'sn7' }).prefix).toBe(
      '{sn7}',
    );
    expect(resolveQueueLocation({ connection: 'redis+cluster://a:1', prefix: '{sn7}:v2' }).prefix).toBe(
      '{sn7}:v2',
    );
  });
});

describe('pingRedis', () => {
  it('error: a refused port or a server that never answers is VALIDATOR_QUEUE_REDIS_UNAVAILABLE, without retrying', async () => {
    const silent = createServer(() => {}); // accepts connections, never answers PING
    silent.listen(0, '127.0.0.1');
    await once(silent, 'listening');
    const port = (silent.address() as AddressInfo).port;
    try {
      await expect(pingRedis(parseRedisConnection('redis://127.0.0.1:1'))).rejects.toMatchObject({
        code: 'VALIDATOR_QUEUE_REDIS_UNAVAILABLE',
        shortMessage: expect.stringMatching(/^no Redis answered at redis:\/\/127\.0\.0\.1:1.*ECONNREFUSED/),
      });
      await expect(
        pingRedis(parseRedisConnection(`redis://:secret@127.0.0.1:${port}`), 300),
      ).rejects.toMatchObject({
        code: 'VALIDATOR_QUEUE_REDIS_UNAVAILABLE',
        shortMessage: expect.not.stringContaining('secret'),
      });
    } finally {
      silent.close();
    }
  });
});
