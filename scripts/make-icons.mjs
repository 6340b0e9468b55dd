// Renders public/favicon.svg to the PNG icons the manifest and iOS need.
// Run once after changing the SVG: node scripts/make-icons.mjs (needs Chromium).
import { chromium } from "@playwright/test";
import { readFile, writeFile } from "node:fs/promises";
import { resolveChromium } from "./browser.mjs";

const svg = await readFile(new URL("../public/favicon.svg", import.meta.url), "utf8");
const out = (name) => new URL(`../public/${name}`, import.meta.url);
const browser = await chromium.launch({ executablePath: resolveChromium() });
const page = await browser.newPage();

async function render(size, padding, background) {
  await page.setViewportSize({ width: size, height: size });
  const inner = size - padding * 2;
  await page.setContent(
    `<body style="margin:0;background:${background};display:grid;place-items:center;height:${size}px">
       <div style="width:${inner}px;height:${inner}px">${svg.replace("<svg ", `<svg width="${inner}" height="${inner}" `)}</div>
     </body>`,
  );
  return page.screenshot({ omitBackground: background === "transparent" });
}

await writeFile(out("icons/icon-192.png"), await render(192, 0, "transparent"));
await writeFile(out("icons/icon-512.png"), await render(512, 0, "transparent"));
// Maskable icons keep the artwork inside the central 80% safe zone.
await writeFile(out("icons/icon-maskable-512.png"), await render(512, 56, "#1d5c57"));
await writeFile(out("apple-touch-icon.png"), await render(180, 0, "#1d5c57"));
// favicon.ico: an ICO header and one directory entry around a 32x32 PNG.
const png = await render(32, 0, "transparent");
const header = Buffer.alloc(22);
header.writeUInt16LE(0, 0);
header.writeUInt16LE(1, 2);
header.writeUInt16LE(1, 4);
header.writeUInt8(32, 6);
header.writeUInt8(32, 7);
header.writeUInt16LE(1, 10);
header.writeUInt16LE(32, 12);
header.writeUInt32LE(png.length, 14);
header.writeUInt32LE(22, 18);
await writeFile(out("favicon.ico"), Buffer.concat([header, png]));
await browser.close();
