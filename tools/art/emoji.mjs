// Writes chosen Fluent Emoji (Microsoft, MIT) from the npm package @iconify-json/fluent-emoji-flat
// as standalone SVG files. Usage: node emoji.mjs <icons.json> <out-dir> <name>...
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";

const [iconsFile, outDir, ...names] = process.argv.slice(2);
const set = JSON.parse(readFileSync(iconsFile, "utf8"));
mkdirSync(outDir, { recursive: true });
for (const name of names) {
  const icon = set.icons[name] ?? set.icons[set.aliases?.[name]?.parent];
  if (!icon) {
    console.error(`no icon called ${name}`);
    process.exit(1);
  }
  const width = icon.width ?? set.width ?? 16;
  const height = icon.height ?? set.height ?? 16;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}">${icon.body}</svg>\n`;
  writeFileSync(join(outDir, `${name}.svg`), svg);
}
