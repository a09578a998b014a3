import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import { parseReport } from '../../src/report/parse-report.js';
import { makeIo } from '../helpers/make-io.js';
import { makeReport } from '../helpers/make-report.js';
import { answeredReport } from '../report/lints/answered-report.js';

describe('write commands with --json', () => {
  it('should say what fix repaired and wrote, what --code would do, and the counts and lints after', async () => {
    const { io, out, put } = makeIo();
    const text = answeredReport({ 4: 'We used uv.\n- uv\n- ruff\n\n```bash\nmake\n```' });
    const path = put('README.md', text);
    expect(await runCli(['fix', '--json', 'README.md'], io)).toBe(0);
    const json = JSON.parse(out.stdout) as Record<string, unknown>;
    const after = readFileSync(path, 'utf8');
    expect(after).not.toBe(text);
    expect(json).toMatchObject({
      file: 'README.md',
      written: true,
      fixes: [
        {
          rule: 'render-list',
          question: 4,
          message: 'Added a blank line before 1 list in question 4, so the graded page shows it as a list.',
        },
      ],
      notApplied: [
        {
          rule: 'render-code',
          question: 4,
          message:
            'Question 4: 1 fenced code block as indented code; report.py would count 2 words fewer (the fence lines).',
        },
      ],
      fatal: null,
    });
    expect(Object.keys(json)).toEqual([
      'file',
      'written',
      'fixes',
      'notApplied',
      'fatal',
      'passed',
      'total',
      'questions',
      'lints',
    ]);
    expect((json.lints as { rule: string }[]).map((lint) => lint.rule)).toEqual(['render-code']);
    // The counts are the written file's, as check --json gives them.
    const check = makeIo({ cwd: io.cwd });
    await runCli(['check', '--json', 'README.md'], check.io);
    const checked = JSON.parse(check.out.stdout) as Record<string, unknown>;
    expect(json.questions).toEqual(checked.questions);
    expect(json.passed).toBe(checked.passed);
  });

  it('should write nothing with fix --json --dry-run, and give the counts the fix would leave', async () => {
    const { io, out, put } = makeIo();
    const text = answeredReport({ 4: 'We used uv.\n- uv\n- ruff' });
    const path = put('README.md', text);
    expect(await runCli(['fix', '--json', '--dry-run', 'README.md'], io)).toBe(0);
    expect(readFileSync(path, 'utf8')).toBe(text);
    const json = JSON.parse(out.stdout) as { written: boolean; fixes: unknown[]; lints: unknown[] };
    expect(json.written).toBe(false);
    expect(json.fixes).toHaveLength(1);
    expect(json.lints).toEqual([]);
  });

  it('should say which items toggle set and how many are checked after', async () => {
    const { io, out, put } = makeIo();
    const original = makeReport();
    put('README.md', original);
    const items = parseReport(original).items;
    expect(await runCli(['toggle', '--json', '1', '2', 'README.md', '--on'], io)).toBe(0);
    const json = JSON.parse(out.stdout) as Record<string, unknown>;
    expect(json).toMatchObject({
      file: 'README.md',
      written: true,
      items: [
        { index: 1, checked: true, text: items[0]!.text },
        { index: 2, checked: true, text: items[1]!.text },
      ],
      checked: items.filter((i) => i.checked).length + 2,
      itemCount: items.length,
    });
  });

  it('should keep the exit code and print no JSON when the write is refused', async () => {
    const { io, out, put } = makeIo();
    put('README.md', makeReport());
    expect(await runCli(['toggle', '--json', 'no-such-item-anywhere', 'README.md'], io)).toBe(2);
    expect(out.stdout).toBe('');
  });

  it("should say which question answer wrote, with report.py's figures after", async () => {
    const { io, out, put } = makeIo();
    put('README.md', makeReport());
    expect(await runCli(['answer', '4', '--json', '--text', 'We used uv and ruff.', 'README.md'], io)).toBe(
      0,
    );
    const json = JSON.parse(out.stdout) as {
      written: boolean;
      question: number;
      questions: { number: number; words: number }[];
    };
    expect(json).toMatchObject({ file: 'README.md', written: true, question: 4 });
    expect(json.questions.find((q) => q.number === 4)?.words).toBe(5);
  });
});
