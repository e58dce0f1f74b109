import { describe, expect, it } from 'vitest';
import { fieldFromJson, printableText, rawField, revealedData, revealPlaintext } from './commitment-field.js';

const text = (s: string) => new TextEncoder().encode(s);

describe('commitment fields', () => {
  it('default: data goes in Raw<len> up to 128 bytes, BigRaw up to 512', () => {
    expect(rawField('hi')).toEqual({ Raw2: '0x6869' });
    expect(Object.keys(rawField(new Uint8Array(128)))).toEqual(['Raw128']);
    expect(Object.keys(rawField(new Uint8Array(129)))).toEqual(['BigRaw']);
  });

  it('error: more than 512 bytes is SDK_INVALID_ARGUMENT', () => {
    expect(() => rawField(new Uint8Array(513))).toThrow(
      expect.objectContaining({ code: 'SDK_INVALID_ARGUMENT' }),
    );
  });

  it('behavior: stored fields decode from @polkadot/api JSON', () => {
    expect(fieldFromJson({ raw2: '0x6869' })).toEqual({ kind: 'raw', bytes: text('hi'), text: 'hi' });
    expect(fieldFromJson({ bigRaw: '0x00ff' })).toEqual({
      kind: 'raw',
      bytes: new Uint8Array([0, 255]),
      text: undefined,
    });
    expect(fieldFromJson({ sha256: `0x${'ab'.repeat(32)}` })).toEqual({
      kind: 'hash',
      algorithm: 'Sha256',
      hash: `0x${'ab'.repeat(32)}`,
    });
    expect(fieldFromJson({ timelockEncrypted: { encrypted: '0x010203', revealRound: 42 } })).toEqual({
      kind: 'timelocked',
      revealRound: 42n,
      size: 3,
    });
    expect(fieldFromJson({ resetBondsFlag: null })).toEqual({ kind: 'resetBonds' });
    expect(fieldFromJson({ none: null })).toEqual({ kind: 'none' });
  });

  it('behavior: printable text only for UTF-8 without control characters', () => {
    expect(printableText(text('a\tb\nc ü'))).toBe('a\tb\nc ü');
    expect(printableText(new Uint8Array([0xff]))).toBeUndefined();
    expect(printableText(new Uint8Array([104, 0, 105]))).toBeUndefined();
  });

  it('behavior: a reveal plaintext is SCALE Vec<u8>; revealedData strips the prefix only when it spans the rest', () => {
    expect(revealPlaintext(text('hi'))).toEqual(new Uint8Array([8, 104, 105]));
    expect(revealedData(revealPlaintext(new Uint8Array(300)))).toEqual(new Uint8Array(300));
    expect(revealedData(text('hi'))).toEqual(text('hi')); // 'h' reads as length 26: not a prefix
    expect(revealedData(new Uint8Array())).toEqual(new Uint8Array());
  });
});
