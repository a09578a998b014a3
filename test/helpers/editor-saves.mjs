// An editor that knows nothing of report-wizard's lock: it saves the report `count` times, each save bumping the
// number in its own line `<!-- editor N -->`, either as vim does by default (a new file renamed over the report) or
// in place (the report truncated and rewritten). Before each save it reads the file as it is: a number lower than
// the one it saved last means a writer put back an older text, and that save is counted as lost.
// Prints {"saves": N, "lost": L, "missing": M, "longestGapMs": G} on stdout (M: reads that found no file, G: the
// longest a read waited for the file to be back).
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';

const [path, mode, countText, paceText = '2'] = process.argv.slice(2);
const count = Number(countText);
const pace = Number(paceText);
const marker = /<!-- editor (\d+) -->/;
const pause = new Int32Array(new SharedArrayBuffer(4));
const temp = join(dirname(path), `.${basename(path)}.swp-editor`);
let lost = 0;
let missing = 0;
let longestGap = 0;

const read = () => {
  // A writer moves the report aside for some microseconds while it swaps (longer when the machine is busy): an editor
  // would read again.
  const started = performance.now();
  for (;;) {
    try {
      const text = readFileSync(path, 'utf8');
      if (performance.now() - started > longestGap) longestGap = performance.now() - started;
      return text;
    } catch (error) {
      if (error.code !== 'ENOENT' || performance.now() - started > 5000) throw error;
      missing++;
    }
  }
};

const numberIn = (text) => {
  const found = marker.exec(text);
  return found === null ? -1 : Number(found[1]);
};

for (let save = 1; save <= count; save++) {
  let text = read();
  // An in-place save caught half-way by the writer's read is nothing to measure: read again.
  for (let tries = 0; !marker.test(text); tries++) {
    if (tries > 10000) throw new Error(`${path} lost the editor's line`);
    text = read();
  }
  if (numberIn(text) < save - 1) lost++;
  const next = text.replace(marker, `<!-- editor ${save} -->`);
  if (mode === 'rename') {
    writeFileSync(temp, next);
    renameSync(temp, path);
  } else writeFileSync(path, next);
  Atomics.wait(pause, 0, 0, Math.random() * pace);
}
const last = numberIn(read());
if (last < count) lost++;
process.stdout.write(
  `${JSON.stringify({ saves: count, lost, missing, longestGapMs: Math.round(longestGap * 1000) / 1000 })}\n`,
);
