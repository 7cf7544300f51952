/**
 * A tiny PNG encoder for heat maps: RGBA pixels → a `data:image/png` URL, the same on the server and in the
 * browser (no canvas). A heat map redrawn on every frame of a drag is far cheaper for the browser as one
 * scaled image than as hundreds of SVG shapes. The pixels are stored, not compressed (deflate's "stored"
 * blocks): a 40 × 40 map is 6.5 KB before base64, encoded in well under a millisecond, and gzip shrinks it in
 * the page. Why not a library: the ones that compress are 10–40 KB of script for bytes nobody downloads.
 */

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array, start: number, end: number): number {
  let c = 0xffffffff;
  for (let i = start; i < end; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  // Reduced every 5,552 bytes, as zlib does (its NMAX), rather than after every byte.
  for (let start = 0; start < bytes.length; start += 5552) {
    const end = Math.min(bytes.length, start + 5552);
    for (let i = start; i < end; i++) {
      a += bytes[i];
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  return ((b << 16) | a) >>> 0;
}

/** Encodes `width × height` RGBA pixels (row-major, top row first, 4 bytes each) as PNG bytes. */
export function encodePng(width: number, height: number, rgba: Uint8Array): Uint8Array {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) throw new RangeError(`encodePng: bad size ${width} × ${height}`);
  if (rgba.length !== width * height * 4) throw new RangeError(`encodePng: expected ${width * height * 4} bytes of RGBA, got ${rgba.length}`);
  const rowBytes = width * 4 + 1; // each row starts with its filter type (0: none)
  const raw = rowBytes * height;
  // zlib stream: 2-byte header, stored blocks of at most 65,535 bytes (5-byte header each), Adler-32.
  const blocks = Math.max(1, Math.ceil(raw / 65535));
  const idatLength = 2 + raw + 5 * blocks + 4;
  const out = new Uint8Array(8 + (12 + 13) + (12 + idatLength) + 12);
  const view = new DataView(out.buffer);
  let at = 0;
  out.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 0);
  at = 8;
  const chunk = (type: string, length: number, fill: () => void) => {
    view.setUint32(at, length);
    const typeStart = at + 4;
    for (let i = 0; i < 4; i++) out[typeStart + i] = type.charCodeAt(i);
    at = typeStart + 4;
    fill();
    view.setUint32(at, crc32(out, typeStart, at));
    at += 4;
  };
  chunk('IHDR', 13, () => {
    view.setUint32(at, width);
    view.setUint32(at + 4, height);
    out.set([8, 6, 0, 0, 0], at + 8); // 8 bits per channel, RGBA, deflate, adaptive filters, no interlace
    at += 13;
  });
  chunk('IDAT', idatLength, () => {
    // The scanlines: each row is its filter byte (0) and its pixels.
    const scanlines = new Uint8Array(raw);
    for (let row = 0; row < height; row++) scanlines.set(rgba.subarray(row * width * 4, (row + 1) * width * 4), row * rowBytes + 1);
    out[at++] = 0x78;
    out[at++] = 0x01;
    for (let block = 0, written = 0; block < blocks; block++) {
      const size = Math.min(65535, raw - written);
      out[at++] = block === blocks - 1 ? 1 : 0;
      view.setUint16(at, size, true);
      view.setUint16(at + 2, ~size & 0xffff, true);
      out.set(scanlines.subarray(written, written + size), at + 4);
      at += 4 + size;
      written += size;
    }
    view.setUint32(at, adler32(scanlines));
    at += 4;
  });
  chunk('IEND', 0, () => {});
  return out;
}

/** The PNG as a `data:` URL, for an SVG <image>. */
export function pngDataUrl(width: number, height: number, rgba: Uint8Array): string {
  const bytes = encodePng(width, height, rgba);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `data:image/png;base64,${btoa(binary)}`;
}
