import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { parseReport } from '../../src/report/parse-report.js';
import { requireCurrentDist } from '../helpers/current-dist.js';
import { type Term, hasTmux, startTerm } from '../helpers/term.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'bin', 'report-wizard.js');
const tmux = hasTmux();
// Under CI a missing tmux fails these tests instead of skipping them.
const ci = process.env.CI === 'true';
if (!tmux && !ci) console.log('Skipping the random-key terminal tests: tmux is not installed.');

// A filled-in report of our own, the same on every machine (the shared corpus is for test/acceptance/ only).
const source = fileURLToPath(new URL('../fixtures/reports/filled-2026.md', import.meta.url));
const lf = readFileSync(source, 'utf8').replace(/\r\n/g, '\n');

// The tests run the bundle, which vitest's global setup builds when it is stale.
beforeAll(requireCurrentDist);

// What the random keys may type: a text residue of an escape sequence would need `[`, `;`, `~` or a digit.
const letters = 'abcdefghijklmnorstuvwxzABCDEFGHIJ';
const modifiers = ['2', '3', '5', '6', '7'];
const escapes = [
  ...['A', 'B', 'C', 'D', 'H', 'F'].flatMap((f) => [
    `\u001B[${f}`,
    ...modifiers.map((m) => `\u001B[1;${m}${f}`),
  ]),
  ...['P', 'Q', 'R', 'S'].flatMap((f) => [`\u001BO${f}`, ...modifiers.map((m) => `\u001B[1;${m}${f}`)]),
  ...[2, 3, 5, 6, 15, 17, 18, 19, 20, 21, 23, 24].flatMap((n) => [
    `\u001B[${n}~`,
    ...modifiers.map((m) => `\u001B[${n};${m}~`),
  ]),
  '\u001B[Z',
  '\u001B[[A',
  '\u001B[200~',
  '\u001B[201~',
  '\u001B[<0;5;5M',
  '\u001B[I',
  '\u001B[99;9x',
];
// Ctrl+letters but Ctrl+C (the quit prompt would end the run) and Ctrl+Q/S (flow control in some terminals).
const controls = [...'abdefghijklnoprtuvwxyz'].map((c) => String.fromCharCode(c.charCodeAt(0) - 96));
const alt = [...`${letters}0123456789`].map((c) => `\u001B${c}`).concat(['\u001B\u007F', '\u001B\r']);
const special = ['\t', '\r', '\u007F', '\u001B', ' ', ' ', ' '];
const digits = [...'0123456789'];

const key = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...letters) },
  { weight: 4, arbitrary: fc.constantFrom(...special) },
  { weight: 4, arbitrary: fc.constantFrom(...escapes) },
  { weight: 2, arbitrary: fc.constantFrom(...controls) },
  { weight: 2, arbitrary: fc.constantFrom(...alt) },
  { weight: 1, arbitrary: fc.constantFrom(...digits) },
  {
    weight: 1,
    arbitrary: fc
      .string({ unit: fc.constantFrom(...letters, ' ', '\n', '\r', '\t'), maxLength: 30 })
      .map((text) => `\u001B[200~${text}\u001B[201~`),
  },
);
// 300 bursts of 1 to 8 keys (about 1,150 keys), each burst one write.
const bursts = fc.array(fc.array(key, { minLength: 1, maxLength: 8 }), { minLength: 300, maxLength: 300 });

/** The report between its answer regions, checkbox marks blanked: what no key may change. */
const outside = (text: string): string[] => {
  const report = parseReport(text);
  const marks = new Set(report.items.map((item) => item.markOffset));
  const blanked = text.split('').map((unit, i) => (marks.has(i) ? '?' : unit));
  const starts = [0, ...report.questions.map((q) => q.region.end)];
  const ends = [...report.questions.map((q) => q.region.start), text.length];
  return starts.map((start, i) => blanked.slice(start, ends[i]).join(''));
};

let term: Term | null = null;
let dir: string | null = null;
afterEach(async () => {
  term?.close();
  term = null;
  if (dir !== null) await rm(dir, { recursive: true, force: true });
  dir = null;
});

describe.runIf(tmux || ci)('report-wizard under random keys in a real terminal', () => {
  for (const [name, eol, seed] of [
    ['LF', '\n', 2026],
    ['CRLF', '\r\n', 476],
  ] as const) {
    test(`should not crash, change nothing outside the answers and marks, or type control characters (${name})`, async () => {
      const original = lf.replace(/\n/g, eol);
      dir = await mkdtemp(join(tmpdir(), 'report-wizard-fuzz-'));
      await mkdir(join(dir, 'reports'));
      const report = join(dir, 'reports', 'README.md');
      await writeFile(report, original);
      const t = startTerm([process.execPath, bin, 'reports/README.md', '--fresh'], {
        cwd: dir,
        env: { REPORT_WIZARD_STATE_DIR: join(dir, 'state'), VISUAL: 'true', EDITOR: 'true' },
      });
      term = t;
      await t.waitFor(' answered · checklist ');
      const [writes] = fc.sample(bursts, { seed, numRuns: 1 });
      let count = 0;
      for (const burst of writes!) {
        t.bytes(burst.join(''));
        count += burst.length;
      }
      expect(count).toBeGreaterThanOrEqual(1000);
      // Whatever screen the keys left open: close the help, leave it, write everything and quit.
      const quit = async (): Promise<number> => {
        for (let attempt = 0; attempt < 20; attempt++) {
          t.bytes('\u0003');
          const screen = await t
            .waitUntil(
              (s) => s.includes('unwritten text') || s.includes('Pane is dead'),
              'the quit prompt',
              1000,
            )
            .catch(() => '');
          if (screen.includes('unwritten text')) t.bytes('y');
          const code = await t.exitCode(2000).catch(() => null);
          if (code !== null) return code;
          // Esc closes a picker, the filter or help, and the conflict screen needs an answer.
          t.bytes('\u001B');
          t.bytes('d');
        }
        throw new Error(`The wizard did not quit; the screen shows:\n${t.screen()}`);
      };
      expect(await quit(), t.screen()).toBe(0);
      const after = await readFile(report, 'utf8');
      expect(outside(after)).toEqual(outside(original));
      const before = parseReport(original).questions;
      const allowed = new Set([...letters, ...digits, ' ', '\n', '\r', '\t']);
      for (const [index, question] of parseReport(after).questions.entries()) {
        const kept = new Set(before[index]!.answer);
        const foreign = [...question.answer].filter((c) => !kept.has(c) && !allowed.has(c));
        expect(foreign, `question ${question.number}: ${JSON.stringify(question.answer)}`).toEqual([]);
      }
    }, 180_000);
  }
});
