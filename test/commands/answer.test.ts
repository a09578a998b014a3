import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { answer } from '../../src/commands/answer.js';
import { runCli } from '../../src/cli/run-cli.js';
import { parseReport } from '../../src/report/parse-report.js';
import { setAnswer } from '../../src/report/set-answer.js';
import { makeIo } from '../helpers/make-io.js';
import { makeReport } from '../helpers/make-report.js';
import type { CliIo } from '../../src/cli/cli-io.js';
import type { FileSystem } from '../../src/io/file-system.js';

describe('answer', () => {
  it('should write --text into the question and report the count', async () => {
    const { io, out, put } = makeIo();
    const path = put('README.md', makeReport());
    expect(await answer(['1', path, '--text', 'Group 42'], io)).toBe(0);
    expect(parseReport(readFileSync(path, 'utf8')).questions[0]!.answer).toBe('Group 42');
    expect(out.stdout).toBe('Question 1 written: 2 words, 0 images · target — · passes.\n');
  });

  it('should find reports/README.md from the current directory and read the answer from stdin', async () => {
    const { io, cwd, put } = makeIo({ stdin: 'line one\r\nline two\n' });
    mkdirSync(join(cwd, 'reports'));
    const path = put('reports/README.md', makeReport({ eol: '\r\n' }));
    expect(await answer(['4', '-'], io)).toBe(0);
    const text = readFileSync(path, 'utf8');
    expect(parseReport(text).questions[3]!.answer).toBe('line one\nline two');
    expect(text).toContain('\r\nline one\r\nline two\r\n');
  });

  it('should keep the file mode', async () => {
    const { io, put } = makeIo();
    const path = put('README.md', makeReport());
    chmodSync(path, 0o640);
    await answer(['2', path, '--text', 's1'], io);
    expect(statSync(path).mode & 0o777).toBe(0o640);
  });

  it('should refuse a read-only file with one line and exit 2, leaving it untouched', async () => {
    const { io, out, put } = makeIo();
    const original = makeReport();
    const path = put('README.md', original);
    chmodSync(path, 0o444);
    expect(await runCli(['answer', '1', path, '--text', 'x'], io)).toBe(2);
    expect(out.stderr).toBe(`report-wizard: ${path} is read-only: nothing was written.\n`);
    expect(readFileSync(path, 'utf8')).toBe(original);
  });

  /** `io` whose writes find the report saved by an editor (a line added at its end) the first `saves` times. */
  const editorSaving = (saves: number) => {
    const made = makeIo();
    const path = made.put('README.md', makeReport());
    let saved = 0;
    const errors: string[] = [];
    const io = {
      ...made.io,
      stderr: { write: (s: string) => errors.push(s) },
      fs: {
        ...made.io.fs,
        writeFileAtomic: async (p: string, data: string, expected: Uint8Array) => {
          if (saved < saves)
            made.put('README.md', `${readFileSync(path, 'utf8')}edited elsewhere ${++saved}\n`);
          return made.io.fs.writeFileAtomic(p, data, expected);
        },
      },
    };
    return { io, path, errors };
  };

  it("should make the edit again on top of an editor's save that came between the read and the write", async () => {
    const { io, path, errors } = editorSaving(2);
    expect(await runCli(['answer', '1', path, '--text', 'x'], io)).toBe(0);
    expect(errors).toEqual([]);
    const expected = setAnswer(
      parseReport(`${makeReport()}edited elsewhere 1\nedited elsewhere 2\n`),
      1,
      'x',
    );
    expect(readFileSync(path, 'utf8')).toBe(expected);
  });

  it('should refuse to overwrite a file that changes on disk at every try, keeping its bytes', async () => {
    const { io, path, errors } = editorSaving(3);
    expect(await runCli(['answer', '1', path, '--text', 'x'], io)).toBe(2);
    expect(errors).toEqual([
      `report-wizard: ${path} changed on disk since it was read: nothing was written. Run the command again.\n`,
    ]);
    expect(readFileSync(path, 'utf8')).toBe(
      `${makeReport()}edited elsewhere 1\nedited elsewhere 2\nedited elsewhere 3\n`,
    );
  });

  it('should exit 2 with a usage line when the answer is given twice or not at all', async () => {
    const { io, out, put } = makeIo();
    const path = put('README.md', makeReport());
    expect(await runCli(['answer', '1', path], io)).toBe(2);
    expect(await runCli(['answer', '1', path, '--text', 'a', '--file', 'b'], io)).toBe(2);
    expect(out.stderr).toBe(
      'report-wizard: Give the answer exactly once: --text TEXT, --file F, or - for standard input.\n'.repeat(
        2,
      ),
    );
  });

  it('should exit 2 for a question the report does not have', async () => {
    const { io, out, put } = makeIo();
    const path = put('README.md', makeReport());
    expect(await runCli(['answer', '40', path, '--text', 'a'], io)).toBe(2);
    expect(out.stderr).toBe('report-wizard: The report has no "### Question 40" heading.\n');
  });

  it('should say a mistyped PATH does not exist rather than print the usage', async () => {
    const { io, out } = makeIo();
    expect(await runCli(['answer', '3', 'reprots', '--text', 'x'], io)).toBe(2);
    expect(await runCli(['answer', '3', 'reprots', '-'], io)).toBe(2);
    expect(out.stderr).toBe('report-wizard: reprots: no such file or directory.\n'.repeat(2));
  });

  it('should still print the usage for more than one argument after N', async () => {
    const { io, out, put } = makeIo();
    const path = put('README.md', makeReport());
    expect(await runCli(['answer', '3', 'x', path, '--text', 'x'], io)).toBe(2);
    expect(await runCli(['answer', '3', '-', '-', path], io)).toBe(2);
    const usage =
      '(usage: report-wizard answer N [PATH | --report PATH] (--text TEXT | --file F | -) [--allow-empty] [--force])';
    expect(out.stderr).toBe(
      [
        `report-wizard: Expected one report path, got "x" and "${path}" ${usage}`,
        `report-wizard: Give the question number first, and - at most once ${usage}`,
        '',
      ].join('\n'),
    );
  });
});

describe('answer replaces the whole answer the wizard edits', () => {
  it('should replace the text below a "##" line too, so a second write leaves one "## Details" (issue 18 item 1)', async () => {
    const { io, put } = makeIo();
    const path = put('README.md', makeReport());
    const write = async (text: string): Promise<number> =>
      answer(['13', path, '--force', '--text', text], io);
    expect(await write('Intro.\n\n## Details\nold details.')).toBe(0);
    const once = readFileSync(path, 'utf8');
    expect(await write('New intro.\n\n## Details\nnew details.')).toBe(0);
    const twice = readFileSync(path, 'utf8');
    expect(twice.split('## Details').length).toBe(2);
    expect(twice).not.toContain('old details.');
    expect(twice.replace('New intro.', 'Intro.').replace('new details.', 'old details.')).toBe(once);
  });

  it('should refuse empty text counting the words below a sub-heading too', async () => {
    const { io, out, put } = makeIo();
    const original = makeReport({ answers: { 7: '#### Setup\n\nWe wrote five words here.' } });
    const path = put('README.md', original);
    expect(await runCli(['answer', '7', path, '--text', ''], io)).toBe(2);
    expect(out.stderr).toBe(
      'report-wizard: The new text is empty and question 7 has 7 words: nothing was written. ' +
        'Pass --allow-empty to clear the answer.\n',
    );
    expect(readFileSync(path, 'utf8')).toBe(original);
  });
});

const eightySix = Array.from({ length: 86 }, (_, i) => `w${i}`).join(' ');

/** Runs `answer` on a report whose question 7 holds 86 words and expects one line on stderr, exit 2, no change. */
const expectRefused = async (
  args: string[],
  stderr: string | ((cwd: string) => string),
  options: { stdin?: string | Uint8Array | Readable; fs?: (fs: FileSystem) => FileSystem } = {},
): Promise<void> => {
  const { io, out, put, cwd } = makeIo();
  const original = makeReport({ answers: { 7: eightySix } });
  const path = put('README.md', original);
  const stdin =
    options.stdin instanceof Readable ? options.stdin : Readable.from([Buffer.from(options.stdin ?? '')]);
  const run: CliIo = { ...io, stdin, fs: options.fs ? options.fs(io.fs) : io.fs };
  const code = await runCli(['answer', ...args.map((a) => (a === 'PATH' ? path : a))], run);
  expect([code, out.stderr, out.stdout]).toEqual([
    2,
    `report-wizard: ${typeof stderr === 'string' ? stderr : stderr(cwd)}\n`,
    '',
  ]);
  expect(readFileSync(path, 'utf8')).toBe(original);
};

const mib = 1024 * 1024;

describe('answer refuses rather than destroys', () => {
  it('should refuse empty standard input over an answer of 86 words', async () => {
    await expectRefused(
      ['7', 'PATH', '-'],
      'The new text is empty and question 7 has 86 words: nothing was written. Pass --allow-empty to clear the answer.',
    );
  });

  it("should refuse text of only white space, Python's included, from --text", async () => {
    await expectRefused(
      ['7', 'PATH', '--text', ' \n\t\u00a0\u001f '],
      'The new text is empty and question 7 has 86 words: nothing was written. Pass --allow-empty to clear the answer.',
    );
  });

  it('should clear the answer when asked with --allow-empty', async () => {
    const { io, out, put } = makeIo();
    const path = put('README.md', makeReport({ answers: { 7: eightySix } }));
    expect(await answer(['7', path, '-', '--allow-empty'], io)).toBe(0);
    expect(parseReport(readFileSync(path, 'utf8')).questions[6]!.answer).toBe('');
    expect(out.stdout).toBe('Question 7 written: 0 words, 0 images · target 50–100 words · fails.\n');
  });

  it('should take empty text for an answer that is already empty', async () => {
    const { io, out, put } = makeIo();
    const path = put('README.md', makeReport({ answers: { 7: '' } }));
    expect(await answer(['7', path, '--text', ''], io)).toBe(0);
    expect(out.stdout).toBe('Question 7 already has that answer; nothing written.\n');
  });

  it('should refuse standard input that is not UTF-8', async () => {
    await expectRefused(
      ['5', 'PATH', '-'],
      'Standard input is not valid UTF-8: save it as UTF-8; nothing was written.',
      { stdin: Uint8Array.from([0x63, 0x61, 0x66, 0xe9]) },
    );
  });

  it('should refuse an answer file that is not UTF-8', async () => {
    const { put } = makeIo();
    const file = put('latin1.txt', Uint8Array.from([0x63, 0x61, 0x66, 0xe9]));
    await expectRefused(
      ['5', 'PATH', '--file', file],
      `${file} is not valid UTF-8: save it as UTF-8; nothing was written.`,
    );
  });

  it('should drop the BOM an editor put at the start of an answer file', async () => {
    const { io, put } = makeIo();
    const path = put('README.md', makeReport());
    const file = put('answer.txt', '\uFEFFcafé au lait\n');
    expect(await answer(['5', path, '--file', 'answer.txt'], io)).toBe(0);
    expect(parseReport(readFileSync(path, 'utf8')).questions[4]!.answer).toBe('café au lait');
    expect(file).toBe(join(io.cwd, 'answer.txt'));
  });

  it('should refuse "Answer:" in the text, saying that report.py would refuse the whole report', async () => {
    await expectRefused(
      ['5', 'PATH', '--text', 'foo\n### Question 99\n\n> Answer: bar'],
      'The new answer contains "Answer:", and report.py splits the report at every "Answer:": it would see 32 ' +
        'answers instead of 31 and refuse the whole report. Write "answer:" in lower case or rephrase it. The new ' +
        'answer contains "##" on its line 2, where report.py stops counting question 5\'s answer: 6 of its 7 words ' +
        'would not count. Use bold text (**Like this**) for a sub-heading. Nothing was written; pass --force to ' +
        'write it anyway.',
    );
  });

  it('should refuse a sub-heading, saying how many words would not count', async () => {
    await expectRefused(
      ['7', 'PATH', '--text', 'We test the API.\n\n## Coverage\n\nAll of it.'],
      'The new answer contains "##" on its line 3, where report.py stops counting question 7\'s answer: 5 of its ' +
        '9 words would not count. Use bold text (**Like this**) for a sub-heading. Nothing was written; pass ' +
        '--force to write it anyway.',
    );
  });

  it('should refuse a "###" in the last answer from a file, which report.py would read twice', async () => {
    const { put } = makeIo();
    const file = put('q31.md', 'Intro\n### Sub\nmore\n');
    await expectRefused(
      ['31', 'PATH', '--file', file],
      'The new answer contains "###", which changes what report.py keeps: it would see 32 answers instead of 31 ' +
        'and refuse the whole report. Use bold text (**Like this**) for a sub-heading. Nothing was written; pass ' +
        '--force to write it anyway.',
    );
  });

  it('should write what report.py would misread when forced, and say what report.py makes of it', async () => {
    const { io, out, put } = makeIo();
    const path = put('README.md', makeReport());
    expect(await answer(['5', path, '--force', '--text', 'a\n### b\n> Answer: c'], io)).toBe(0);
    expect(readFileSync(path, 'utf8')).toContain('\n\na\n### b\n> Answer: c\n\n');
    expect(out.stdout).toBe('Question 5 written: report.py refuses the report.\n');
  });

  it('should refuse a directory, a FIFO and a device as --file at once, without reading them', async () => {
    const { cwd } = makeIo();
    mkdirSync(join(cwd, 'dir'));
    execFileSync('mkfifo', [join(cwd, 'pipe')]);
    const noReads = (fs: FileSystem): FileSystem => ({
      ...fs,
      readFile: (path) =>
        path.startsWith(cwd) || path.startsWith('/dev')
          ? Promise.reject(new Error(`read ${path}`))
          : fs.readFile(path),
    });
    const started = Date.now();
    await expectRefused(
      ['5', 'PATH', '--file', join(cwd, 'dir')],
      `${join(cwd, 'dir')} is a directory: --file reads only a regular file (or use - for standard input).`,
      { fs: noReads },
    );
    await expectRefused(
      ['5', 'PATH', '--file', join(cwd, 'pipe')],
      `${join(cwd, 'pipe')} is a FIFO: --file reads only a regular file (or use - for standard input).`,
      { fs: noReads },
    );
    await expectRefused(
      ['5', 'PATH', '--file', '/dev/zero'],
      '/dev/zero is a device: --file reads only a regular file (or use - for standard input).',
      { fs: noReads },
    );
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('should refuse a missing answer file', async () => {
    await expectRefused(['5', 'PATH', '--file', 'nothing.txt'], 'nothing.txt: no such answer file.');
    await expectRefused(
      ['5', 'PATH', '--file', 'a\u001b]0;x\u0007'],
      'a\u241b]0;x\u2407: no such answer file.',
    );
  });

  it('should refuse an answer file larger than 1 MiB without reading it', async () => {
    const { put } = makeIo();
    const file = put('big.txt', 'a '.repeat(mib / 2) + 'b');
    const noReads = (fs: FileSystem): FileSystem => ({
      ...fs,
      readFile: (path) => (path === file ? Promise.reject(new Error('read')) : fs.readFile(path)),
    });
    await expectRefused(
      ['5', 'PATH', '--file', file],
      `${file} is larger than 1 MiB: an answer file may hold at most 1 MiB; nothing was written.`,
      { fs: noReads },
    );
  });

  it('should take an answer file of exactly 1 MiB', async () => {
    const { io, put } = makeIo();
    const path = put('README.md', makeReport());
    put('max.txt', 'a '.repeat(mib / 2 - 1) + 'bc');
    expect(await answer(['3', path, '--file', 'max.txt'], io)).toBe(0);
    expect(parseReport(readFileSync(path, 'utf8')).questions[2]!.answer).toHaveLength(mib);
  });

  it('should stop reading standard input past 1 MiB, even when it never ends', async () => {
    let chunks = 0;
    const endless = Readable.from(
      (function* () {
        for (;;) {
          chunks++;
          yield Buffer.alloc(64 * 1024, 0x61);
        }
      })(),
    );
    await expectRefused(
      ['5', 'PATH', '-'],
      'Standard input holds more than 1 MiB: an answer may hold at most 1 MiB; nothing was written.',
      { stdin: endless },
    );
    expect(chunks).toBeLessThan(20);
    expect(endless.destroyed).toBe(true);
  });
});

describe('answer in --help', () => {
  it('should list --allow-empty and --force and the 1 MiB limit', async () => {
    const { io, out } = makeIo();
    expect(await runCli(['--help'], io)).toBe(0);
    expect(out.stdout.split('\n')).toContain(
      '  report-wizard answer N [PATH | --report PATH] (--text TEXT | --file F | -) [--allow-empty] [--force]',
    );
    out.stdout = '';
    expect(await runCli(['answer', '--help'], io)).toBe(0);
    expect(out.stdout.split('\n')).toEqual(
      expect.arrayContaining([
        '  --file F       read the new answer from a UTF-8 file of at most 1 MiB; - reads standard input',
        '  --allow-empty  let empty text clear an answer',
        '  --force        write text report.py would misread ("Answer:" in it, a "##" that cuts it short)',
      ]),
    );
  });
});
