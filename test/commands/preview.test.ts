import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { preview } from '../../src/commands/preview.js';
import { makeIo } from '../helpers/make-io.js';
import { tempFolders } from '../helpers/temp-folders.js';

const temp = tempFolders();
const root = join(import.meta.dirname, '../..');
// The first python with the markdown package: the one named, else python3 on PATH, else Debian's.
const pythons = [process.env.REPORT_WIZARD_PYTHON ?? 'python3', '/usr/bin/python3'];
const python = pythons.find((p) => spawnSync(p, ['-c', 'import markdown']).status === 0) ?? pythons[0]!;
const officialPy = process.env.REPORT_PY ?? '';
const haveMarkdown = spawnSync(python, ['-c', 'import markdown']).status === 0;
// Under CI .ci/run installs python3-markdown: a missing one there is a failure, not a skip.
const ci = process.env.CI === 'true';
if (!haveMarkdown && !ci) console.log(`preview: skipped: ${python} has no markdown package.`);

// report.py's html command as upstream writes it, for runs without REPORT_PY.
const standIn = `from pathlib import Path
import markdown

with Path("README.md").open() as file:
    text = file.read()
text = text[43:]
html = markdown.markdown(text)
with open("report.html", "w") as newfile:
    newfile.write(html)
`;

const reports = [
  join(root, 'templates/demo/README.md'),
  ...readdirSync(join(root, 'test/fixtures/reports'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => join(root, 'test/fixtures/reports', name)),
];

/** report.html as `python report.py html` writes it for a report (the official one when REPORT_PY is set). */
const reportPyHtml = (report: string): Buffer => {
  const dir = temp('preview-reportpy-');
  copyFileSync(report, join(dir, 'README.md'));
  if (officialPy !== '') copyFileSync(officialPy, join(dir, 'report.py'));
  else writeFileSync(join(dir, 'report.py'), standIn);
  const run = spawnSync(python, officialPy !== '' ? ['report.py', 'html'] : ['report.py'], { cwd: dir });
  expect(run.stderr.toString()).toBe('');
  return readFileSync(join(dir, 'report.html'));
};

describe.skipIf(!haveMarkdown && !ci)('preview command', () => {
  it('should have the python it needs', () => {
    expect(haveMarkdown).toBe(true);
  });

  it.each(reports.map((path) => [path.slice(root.length + 1), path]))(
    'should write the same bytes as report.py html for %s',
    async (_name, report) => {
      const { io, out, cwd } = makeIo({ env: { PATH: process.env.PATH ?? '' } });
      copyFileSync(report, join(cwd, 'README.md'));
      expect(await preview(['--out', 'page.html', '--python', python], io)).toBe(0);
      expect(out).toEqual({
        stdout: `The page graders get (report.py html, with ${python}): page.html\n`,
        stderr: '',
      });
      expect(readFileSync(join(cwd, 'page.html')).equals(reportPyHtml(report))).toBe(true);
    },
  );

  it('should write to a temporary file outside the repository by default', async () => {
    const { io, out, cwd } = makeIo({ env: { PATH: process.env.PATH ?? '' } });
    copyFileSync(join(root, 'templates/demo/README.md'), join(cwd, 'README.md'));
    expect(await preview(['--python', python], io)).toBe(0);
    const path = /: (\/.*report\.html)\n$/.exec(out.stdout)?.[1] ?? '';
    expect(path.startsWith(join(tmpdir(), 'report-wizard-preview-'))).toBe(true);
    expect(existsSync(path)).toBe(true);
    expect(readdirSync(cwd)).toEqual(['README.md']);
  });

  it("should print the page's path with the report's counts and lints as JSON with --json (issue 19 item 14)", async () => {
    const { io, out, cwd } = makeIo({ env: { PATH: process.env.PATH ?? '' } });
    copyFileSync(join(root, 'templates/demo/README.md'), join(cwd, 'README.md'));
    const before = readFileSync(join(cwd, 'README.md'));
    expect(await preview(['--out', 'page.html', '--python', python, '--json'], io)).toBe(0);
    expect(out.stderr).toBe('');
    const value = JSON.parse(out.stdout) as Record<string, unknown>;
    expect(value).toMatchObject({
      file: 'README.md',
      written: false,
      page: join(cwd, 'page.html'),
      python,
      fatal: null,
    });
    expect(Object.keys(value)).toEqual([
      'file',
      'written',
      'page',
      'python',
      'fatal',
      'passed',
      'total',
      'questions',
      'lints',
    ]);
    expect(existsSync(join(cwd, 'page.html'))).toBe(true);
    expect(readFileSync(join(cwd, 'README.md')).equals(before)).toBe(true);
  });

  it('should give the install command when the python has no markdown package', async () => {
    const shadow = temp('preview-no-markdown-');
    writeFileSync(join(shadow, 'markdown.py'), 'raise ImportError("No module named markdown")\n');
    const { io, cwd } = makeIo({ env: { PATH: process.env.PATH ?? '', PYTHONPATH: shadow } });
    copyFileSync(join(root, 'templates/demo/README.md'), join(cwd, 'README.md'));
    await expect(preview(['--python', python], io)).rejects.toThrow(
      `${python} (from --python) has no markdown package, which report.py html needs: ${python} -m pip install markdown`,
    );
  });
});

it('should say there is no python, with the install command, and exit 2', async () => {
  const { io, cwd } = makeIo({ env: { PATH: '' } });
  copyFileSync(join(root, 'templates/demo/README.md'), join(cwd, 'README.md'));
  const error = await preview(['--python', join(cwd, 'no-such-python')], io).catch((e: unknown) => e);
  expect(error).toMatchObject({
    exitCode: 2,
    message: `No python found (tried ${join(cwd, 'no-such-python')}): install Python 3, then "python3 -m pip install markdown", or name one with --python.`,
  });
});
