import { describe, expect, it } from 'vitest';
import { classifyFile } from '../../src/evidence/classify-file.js';
import { lineKey } from '../../src/evidence/line-key.js';

// A made-up template file, keyed as bench/evidence.js keys the real one.
const template = [
  'FROM python:{{ cookiecutter.python_version }}-slim',
  'COPY src src/',
  'RUN pip install -r requirements.txt',
  'ENTRYPOINT ["python", "src/{{ cookiecutter.project_name }}/train.py"]',
];
const lines = new Set(template.map((l) => lineKey(l)!));

describe('classifyFile', () => {
  it("should call a file with the package name and a python version filled in the template's", () => {
    const text =
      'FROM python:3.12-slim\n\nCOPY src src/\nRUN pip install -r requirements.txt\nENTRYPOINT ["python", "src/fish/train.py"]\n';
    expect(classifyFile(text, /fish/g, lines, true)).toBe('template');
  });

  it('should call a shipped file with lines of its own edited, and an unshipped one own', () => {
    const text =
      'FROM python:3.12-slim\nCOPY src src/\nRUN pip install -r requirements.txt\nRUN dvc pull\nEXPOSE 8080\n';
    expect(classifyFile(text, null, lines, true)).toBe('edited');
    expect(classifyFile(text, null, lines, false)).toBe('own');
  });

  it('should call a file of short lines only empty', () => {
    expect(classifyFile('\n)\n]\n', null, lines, true)).toBe('empty');
  });
});
