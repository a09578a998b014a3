import { describe, expect, it } from 'vitest';
import type { PythonCandidate } from '../../src/parity/python-candidates.js';
import { previewAtQuestion, questionUrl } from '../../src/preview/preview-at-question.js';
import type { GradedPageRun } from '../../src/preview/render-graded-page.js';

const python: PythonCandidate = { command: 'python3', source: 'PATH' };

const run = async (result: GradedPageRun, browser = true) => {
  const opened: string[] = [];
  const rendered: string[] = [];
  const line = await previewAtQuestion(7, {
    tempFile: async () => Promise.resolve('/tmp/report-wizard-preview-x/report.html'),
    render: async (out) => {
      rendered.push(out);
      return Promise.resolve(result);
    },
    open: async (url) => {
      opened.push(url);
      return Promise.resolve(browser);
    },
  });
  return { line, opened, rendered };
};

describe('previewAtQuestion', () => {
  it('should write the page to the temporary file and open it at the question', async () => {
    expect(await run({ kind: 'written', python })).toEqual({
      line: 'Opened the graded page at question 7 in your browser: /tmp/report-wizard-preview-x/report.html',
      opened: ['file:///tmp/report-wizard-preview-x/report.html#:~:text=Question%207'],
      rendered: ['/tmp/report-wizard-preview-x/report.html'],
    });
  });

  it('should say where the page is when no browser can be started', async () => {
    expect((await run({ kind: 'written', python }, false)).line).toBe(
      'Wrote the graded page to /tmp/report-wizard-preview-x/report.html; no browser could be started here, so open it yourself.',
    );
  });

  it('should say in one line how to install markdown when the python has none, and open nothing', async () => {
    expect(await run({ kind: 'no-markdown', python })).toMatchObject({
      line: 'python3 has no markdown package, which report.py html needs: python3 -m pip install markdown',
      opened: [],
    });
  });

  it('should say in one line that no python was found, and what to install', async () => {
    expect(await run({ kind: 'no-python', tried: [python, { ...python, command: 'python' }] })).toMatchObject(
      {
        line: 'No python found (tried python3, python): install Python 3, then "python3 -m pip install markdown".',
        opened: [],
      },
    );
  });

  it('should pass on why python could not render the page', async () => {
    expect(await run({ kind: 'failed', python, message: 'UnicodeDecodeError: bad byte' })).toMatchObject({
      line: 'python3 could not render the report: UnicodeDecodeError: bad byte',
      opened: [],
    });
  });
});

describe('questionUrl', () => {
  it('should escape the path and point a text fragment at the question heading', () => {
    expect(questionUrl('/tmp/a b/report.html', 12)).toBe(
      'file:///tmp/a%20b/report.html#:~:text=Question%2012',
    );
  });
});
