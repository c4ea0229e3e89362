// Names the "wasm-function[123]" frames of a trap's stack (the shipped wasm carries no names):
// the web build keeps wasm-opt's symbol map beside it, at $CARGO_TARGET_DIR/see_you_soon.symbols.
// As a tool: `node tools/wasm-frames.mjs < log` prints the log with the frames named.
import { readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

const SYMBOLS = join(process.env.CARGO_TARGET_DIR ?? join(homedir(), ".cache/see-you-soon/target"), "see_you_soon.symbols");

let names;
function load() {
  if (names) return names;
  names = new Map();
  try {
    for (const line of readFileSync(SYMBOLS, "utf8").split("\n")) {
      const colon = line.indexOf(":");
      if (colon > 0) names.set(line.slice(0, colon), line.slice(colon + 1));
    }
  } catch {
    // No map (a web-dev build, or none built here): the frames stay numbered.
  }
  return names;
}

/** `text` with each wasm frame followed by its function's name, when the map has it. */
export function nameWasmFrames(text) {
  const known = load();
  return String(text).replace(/wasm-function\[(\d+)\]/g, (frame, index) => {
    const name = known.get(index);
    return name ? `${frame} ${name}` : frame;
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const input = readFileSync(0, "utf8");
  process.stdout.write(nameWasmFrames(input));
}
