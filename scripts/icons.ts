// Draws Rapport's icon (a speech bubble with a tick on teal) into public/icon/{16,32,48,128}.png,
// which WXT lists in the manifest. Shapes are signed-distance functions sampled 4×4 per pixel, so the
// small sizes stay smooth; the PNG is written with node:zlib. Run: npx tsx scripts/icons.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

type RGBA = [number, number, number, number];
const TEAL: RGBA = [15, 118, 110, 255];
const WHITE: RGBA = [255, 255, 255, 255];
const CLEAR: RGBA = [0, 0, 0, 0];

/** Distance from (x, y) to a rounded rectangle [x0, x1] × [y0, y1] with radius r (negative inside). */
function roundRect(x: number, y: number, x0: number, y0: number, x1: number, y1: number, r: number): number {
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const qx = Math.abs(x - cx) - ((x1 - x0) / 2 - r);
  const qy = Math.abs(y - cy) - ((y1 - y0) / 2 - r);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
}

function segment(x: number, y: number, ax: number, ay: number, bx: number, by: number, width: number): number {
  const px = x - ax;
  const py = y - ay;
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - dx * t, py - dy * t) - width / 2;
}

/** The tail: a triangle under the bubble's left side. */
function tail(x: number, y: number): number {
  const inside = x >= 34 && y <= 108 && y >= 84 && x <= 34 + (108 - y) * 1.1;
  return inside ? -1 : 1;
}

/** Colour of the design (128 × 128 units) at a point. */
function colourAt(x: number, y: number): RGBA {
  if (roundRect(x, y, 0, 0, 128, 128, 26) > 0) return CLEAR;
  const tick = Math.min(segment(x, y, 42, 58, 57, 72, 11), segment(x, y, 57, 72, 86, 42, 11));
  const bubble = Math.min(roundRect(x, y, 20, 22, 108, 90, 18), tail(x, y));
  if (bubble <= 0) return tick <= 0 ? TEAL : WHITE;
  return TEAL;
}

function render(size: number): Buffer {
  const px = Buffer.alloc(size * size * 4);
  const n = 4;
  for (let j = 0; j < size; j++) {
    for (let i = 0; i < size; i++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const c = colourAt(((i + (sx + 0.5) / n) * 128) / size, ((j + (sy + 0.5) / n) * 128) / size);
          const a = c[3] / 255;
          acc[0]! += c[0] * a;
          acc[1]! += c[1] * a;
          acc[2]! += c[2] * a;
          acc[3]! += a;
        }
      }
      const o = (j * size + i) * 4;
      const alpha = acc[3]! / (n * n);
      px[o] = alpha ? Math.round(acc[0]! / acc[3]!) : 0;
      px[o + 1] = alpha ? Math.round(acc[1]! / acc[3]!) : 0;
      px[o + 2] = alpha ? Math.round(acc[2]! / acc[3]!) : 0;
      px[o + 3] = Math.round(alpha * 255);
    }
  }
  return png(size, px);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size: number, rgba: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync('public/icon', { recursive: true });
for (const size of [16, 32, 48, 128]) writeFileSync(`public/icon/${size}.png`, render(size));
console.log('wrote public/icon/{16,32,48,128}.png');
