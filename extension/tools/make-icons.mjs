// Draws the toolbar icons (icons/icon-{16,32,48,128}.png): a magnifying glass
// on a blue rounded square. Plain Node (zlib), no image library; run it again
// after changing the drawing: node extension/tools/make-icons.mjs
import { writeFileSync, mkdirSync } from "node:fs";
import { deflateSync } from "node:zlib";

const here = new URL("../icons/", import.meta.url);
mkdirSync(here, { recursive: true });

/** CRC-32 of a PNG chunk. */
function crc32(buf) {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

/** Coverage in 0..1 of the shape at (x, y) in a unit square, from a signed distance. */
const cover = (d, px) => Math.max(0, Math.min(1, 0.5 - d / px));

function draw(size) {
  const px = 1 / size;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      const u = (x + 0.5) / size;
      const v = (y + 0.5) / size;
      // Rounded square, radius 0.2.
      const qx = Math.abs(u - 0.5) - 0.3;
      const qy = Math.abs(v - 0.5) - 0.3;
      const box = Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - 0.2;
      const a = cover(box, px);
      // Lens ring centred (0.43, 0.43), radius 0.2, width 0.08; handle to (0.78, 0.78).
      const ring = Math.abs(Math.hypot(u - 0.43, v - 0.43) - 0.2) - 0.045;
      const t = Math.max(0, Math.min(1, ((u - 0.57) + (v - 0.57)) / (2 * 0.21)));
      const hx = 0.57 + t * 0.21;
      const handle = Math.hypot(u - hx, v - hx) - 0.06;
      const w = cover(Math.min(ring, handle), px);
      const o = y * (size * 4 + 1) + 1 + x * 4;
      // Blue #1a4fd6 blended with white.
      raw[o] = Math.round(0x1a + (255 - 0x1a) * w);
      raw[o + 1] = Math.round(0x4f + (255 - 0x4f) * w);
      raw[o + 2] = Math.round(0xd6 + (255 - 0xd6) * w);
      raw[o + 3] = Math.round(255 * a);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

for (const size of [16, 32, 48, 128]) {
  writeFileSync(new URL(`icon-${size}.png`, here), draw(size));
}
