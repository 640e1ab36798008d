/** Draws the extension icons (an original mark: a blue rounded square with white quotation marks). */
import { writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf: Buffer) => {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type: string, data: Buffer) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};

/** Coverage (0..1) of a pixel centre by the icon's shapes, in unit coordinates. */
function shade(x: number, y: number): { bg: number; fg: number } {
  const r = 0.2;
  const dx = Math.max(Math.abs(x - 0.5) - (0.5 - r), 0);
  const dy = Math.max(Math.abs(y - 0.5) - (0.5 - r), 0);
  const bg = Math.hypot(dx, dy) <= r ? 1 : 0;
  // Two quotation marks: a round head with a tail sweeping down-left.
  let fg = 0;
  for (const cx of [0.36, 0.64]) {
    const head = Math.hypot(x - cx, y - 0.45) <= 0.11;
    const t = (y - 0.45) / 0.25;
    const tail = t > 0 && t < 1 && Math.abs(x - (cx + 0.06 - 0.16 * t)) <= 0.05 * (1 - t) + 0.01;
    if (head || tail) fg = 1;
  }
  return { bg, fg };
}

function png(size: number): Buffer {
  const rows: Buffer[] = [];
  const ss = 4; // supersampling for smooth edges
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let px = 0; px < size; px++) {
      let bg = 0;
      let fg = 0;
      for (let sy = 0; sy < ss; sy++)
        for (let sx = 0; sx < ss; sx++) {
          const s = shade((px + (sx + 0.5) / ss) / size, (py + (sy + 0.5) / ss) / size);
          bg += s.bg;
          fg += s.fg * s.bg;
        }
      bg /= ss * ss;
      fg /= ss * ss;
      const o = 1 + px * 4;
      const mix = (blue: number) => Math.round(blue * (1 - fg / (bg || 1)) + 255 * (fg / (bg || 1)));
      row[o] = mix(0x00);
      row[o + 1] = mix(0x5e);
      row[o + 2] = mix(0xb8);
      row[o + 3] = Math.round(255 * bg);
    }
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(Buffer.concat(rows))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

for (const size of [16, 32, 48, 96, 128]) writeFileSync(`public/icon/${size}.png`, png(size));
