import { describe, expect, it } from 'vitest';
import templatePrint from '../../templates/evidence-template.json' with { type: 'json' };
import { lineKey } from '../../src/evidence/line-key.js';

const templateLines = new Set(templatePrint.lines);

describe('templates/evidence-template.json', () => {
  it("should hold the keys of the template's dockerfile lines, whatever python version and package name", () => {
    const lines = [
      'FROM python:3.12-slim AS base',
      'COPY src src/',
      'COPY requirements.txt requirements.txt',
      'RUN pip install -r requirements.txt --no-cache-dir --verbose',
      'ENTRYPOINT ["python", "-u", "src/mypkg/train.py"]',
    ];
    expect(lines.map((l) => templateLines.has(lineKey(l, /mypkg/g)!))).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
  });

  it("should not hold a group's own lines", () => {
    const lines = ['import hydra', 'RUN dvc pull --force', '@hydra.main(config_path="../configs")'];
    expect(lines.map((l) => templateLines.has(lineKey(l)!))).toEqual([false, false, false]);
  });

  it('should record paths, not code', () => {
    expect(Object.keys(templatePrint).sort()).toEqual([
      '$comment',
      'commit',
      'lines',
      'paths',
      'source',
      'versions',
    ]);
    expect(templatePrint.lines.every((l) => /^[0-9a-z]{1,11}$/.test(l))).toBe(true);
    expect(templatePrint.paths).toContain('dockerfiles/train.dockerfile');
  });
});
