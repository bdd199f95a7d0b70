// Draws TierLadder's icon (three stepped tier bars on a teal tile) at 16/32/64/80/128 px and writes
// assets/icon-<size>.png. Our own artwork, drawn procedurally so every size stays crisp; run it again
// after changing the drawing: `node scripts/make-icons.mjs`.
import { writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};

function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x + 0.5, y + 0.5, size);
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
  ihdr[10] = 0;
  ihdr[11] = 0;
  ihdr[12] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

// Unit-square drawing: a rounded tile, then three bars (A widest, C narrowest) stepping down like a ladder.
function pixel(px, py, size) {
  const x = px / size,
    y = py / size,
    r = 0.18;
  const cx = Math.min(Math.max(x, r), 1 - r),
    cy = Math.min(Math.max(y, r), 1 - r);
  const inside = Math.hypot(x - cx, y - cy) <= r;
  if (!inside) return [0, 0, 0, 0];
  const bars = [
    { top: 0.2, left: 0.18, right: 0.82, color: [255, 255, 255] },
    { top: 0.43, left: 0.18, right: 0.66, color: [204, 238, 234] },
    { top: 0.66, left: 0.18, right: 0.48, color: [153, 219, 211] },
  ];
  for (const bar of bars) {
    if (y >= bar.top && y < bar.top + 0.15 && x >= bar.left && x < bar.right) return [...bar.color, 255];
  }
  return [3, 120, 110, 255];
}

for (const size of [16, 32, 64, 80, 128]) writeFileSync(`assets/icon-${size}.png`, png(size, pixel));
console.log("icons written");
