import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import { parseReport } from '../../src/report/parse-report.js';
import { makeIo } from '../helpers/make-io.js';
import { makeReport } from '../helpers/make-report.js';

const changedOffsets = (a: string, b: string): number[] => [...b].flatMap((c, i) => (c === a[i] ? [] : [i]));

describe('toggle', () => {
  it('should flip one item by number, changing one byte', async () => {
    const { io, out, put } = makeIo();
    const original = makeReport();
    const path = put('README.md', original);
    const item = parseReport(original).items[0]!;
    expect(await runCli(['toggle', '1', path], io)).toBe(0);
    const text = readFileSync(path, 'utf8');
    expect(changedOffsets(original, text)).toEqual([item.markOffset]);
    expect(out.stdout).toBe(`[x] 1. ${item.text}\n`);
  });

  it('should set every item with a module tag with --on', async () => {
    const { io, put } = makeIo();
    const original = makeReport();
    const tagged = parseReport(original).items.filter((i) => i.modules.includes('M10'));
    expect(tagged.length).toBeGreaterThan(0);
    const path = put('README.md', original);
    expect(await runCli(['toggle', 'm10', path, '--on'], io)).toBe(0);
    const items = parseReport(readFileSync(path, 'utf8')).items;
    expect(items.filter((i) => i.checked).map((i) => i.index)).toEqual(tagged.map((i) => i.index));
  });

  it('should list the matches when a fragment is ambiguous, and write nothing', async () => {
    const { io, out, put } = makeIo();
    const original =
      '## Overall project checklist\n\n### Week 1\n\n* [ ] Write a docker file (M10)\n* [ ] Build the docker file (M10)\n\n### Question 1\n> Answer:\n';
    const path = put('README.md', original);
    expect(await runCli(['toggle', 'docker', path], io)).toBe(2);
    expect(out.stderr).toBe(
      'report-wizard: "docker" matches 2 items; use a number or a longer fragment:\n  1. Write a docker file (M10)\n  2. Build the docker file (M10)\n',
    );
    expect(readFileSync(path, 'utf8')).toBe(original);
  });
});
