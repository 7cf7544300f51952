import { crc32, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodePng, pngDataUrl } from '../../../../src/figures/kit/speed/png.ts';

/** Splits a PNG into its chunks, checking each chunk's CRC with zlib's own. */
function chunks(png: Uint8Array): { type: string; data: Buffer }[] {
  const buf = Buffer.from(png);
  expect([...buf.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const out: { type: string; data: Buffer }[] = [];
  let at = 8;
  while (at < buf.length) {
    const length = buf.readUInt32BE(at);
    const type = buf.toString('latin1', at + 4, at + 8);
    const data = buf.subarray(at + 8, at + 8 + length);
    expect(buf.readUInt32BE(at + 8 + length), `${type} CRC`).toBe(crc32(buf.subarray(at + 4, at + 8 + length)));
    out.push({ type, data });
    at += 12 + length;
  }
  expect(at).toBe(buf.length);
  return out;
}

function pixels(width: number, height: number, seed: number): Uint8Array {
  const rgba = new Uint8Array(width * height * 4);
  let s = seed;
  for (let i = 0; i < rgba.length; i++) rgba[i] = (s = (s * 1103515245 + 12345) >>> 0) >>> 24;
  return rgba;
}

describe('encodePng', () => {
  it.each([
    [1, 1],
    [40, 40],
    // More than one 64 KB stored block.
    [200, 90],
  ])('%i × %i: valid chunks, and zlib inflates the pixels back, row by row', (width, height) => {
    const rgba = pixels(width, height, width * 31 + height);
    const parts = chunks(encodePng(width, height, rgba));
    expect(parts.map((p) => p.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    const header = parts[0].data;
    expect([header.readUInt32BE(0), header.readUInt32BE(4), ...header.subarray(8)]).toEqual([width, height, 8, 6, 0, 0, 0]);
    const raw = inflateSync(parts[1].data); // also checks the Adler-32 trailer
    expect(raw.length).toBe(height * (width * 4 + 1));
    for (let row = 0; row < height; row++) {
      const line = raw.subarray(row * (width * 4 + 1), (row + 1) * (width * 4 + 1));
      expect(line[0]).toBe(0);
      expect(Buffer.compare(line.subarray(1), Buffer.from(rgba.subarray(row * width * 4, (row + 1) * width * 4)))).toBe(0);
    }
  });

  it('rejects a size that does not match the pixels', () => {
    expect(() => encodePng(2, 2, new Uint8Array(15))).toThrow(/expected 16 bytes/);
    expect(() => encodePng(0, 2, new Uint8Array(0))).toThrow(/bad size/);
  });

  it('makes a base64 data URL of the same bytes', () => {
    const rgba = pixels(3, 2, 7);
    const url = pngDataUrl(3, 2, rgba);
    expect(url.startsWith('data:image/png;base64,')).toBe(true);
    expect(Buffer.from(url.slice(22), 'base64').equals(Buffer.from(encodePng(3, 2, rgba)))).toBe(true);
  });
});
