/**
 * Draws the toolbar icon (a lens over lines of text) as PNGs in public/icon/, with no image
 * library: an anti-aliased signed-distance rendering written through zlib.
 */
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './browser-harness';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size: number, pixel: (x: number, y: number) => [number, number, number, number]): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x, y);
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = r;
      raw[o + 1] = g;
      raw[o + 2] = b;
      raw[o + 3] = a;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const clamp = (v: number) => Math.max(0, Math.min(1, v));
function segDist(px: number, py: number, ax: number, ay: number, bx: number, by: number) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = clamp(((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

/** Coverage of the icon's shapes at a point of the unit square: background tile, lines, lens ring, handle. */
function shade(u: number, v: number, px: number): [number, number, number, number] {
  const aa = (d: number) => clamp(0.5 - d / px);
  // rounded square tile
  const r = 0.22;
  const qx = Math.max(Math.abs(u - 0.5) - (0.5 - r), 0);
  const qy = Math.max(Math.abs(v - 0.5) - (0.5 - r), 0);
  const tile = aa(Math.hypot(qx, qy) - r);
  let col: [number, number, number] = [59, 91, 219];
  // text lines
  let lines = 0;
  for (const [y, x2] of [
    [0.3, 0.78],
    [0.45, 0.7],
    [0.6, 0.55],
    [0.75, 0.45],
  ] as const)
    lines = Math.max(lines, aa(segDist(u, v, 0.2, y, x2, y) - 0.035));
  col = mix(col, [200, 212, 250], lines * 0.9);
  // lens
  const cx = 0.56;
  const cy = 0.5;
  const ring = aa(Math.abs(Math.hypot(u - cx, v - cy) - 0.2) - 0.05);
  const glass = aa(Math.hypot(u - cx, v - cy) - 0.2) * 0.35;
  col = mix(col, [255, 212, 59], glass);
  const handle = aa(segDist(u, v, cx + 0.15, cy + 0.15, 0.86, 0.84) - 0.06);
  col = mix(col, [255, 255, 255], Math.max(ring, handle));
  return [col[0], col[1], col[2], Math.round(255 * tile)];
}
function mix(a: [number, number, number], b: [number, number, number], t: number): [number, number, number] {
  return [0, 1, 2].map((i) => Math.round(a[i] + (b[i] - a[i]) * t)) as [number, number, number];
}

const dir = join(projectRoot, 'public/icon');
mkdirSync(dir, { recursive: true });
for (const size of [16, 32, 48, 96, 128]) {
  const ss = 4;
  const buf = png(size, (x, y) => {
    const acc = [0, 0, 0, 0];
    for (let i = 0; i < ss; i++)
      for (let j = 0; j < ss; j++) {
        const p = shade((x + (i + 0.5) / ss) / size, (y + (j + 0.5) / ss) / size, 1 / size);
        for (let k = 0; k < 4; k++) acc[k] += p[k];
      }
    return acc.map((a) => Math.round(a / (ss * ss))) as [number, number, number, number];
  });
  writeFileSync(join(dir, `${size}.png`), buf);
}
console.log(`icons written to ${dir}`);
