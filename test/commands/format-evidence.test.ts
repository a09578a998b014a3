import { describe, expect, it } from 'vitest';
import { findEvidence } from '../../src/evidence/find-evidence.js';
import type { EvidenceRules } from '../../src/evidence/evidence-rules.js';
import { formatEvidence } from '../../src/commands/format-evidence.js';
import { parseReport } from '../../src/report/parse-report.js';
import rules from '../../templates/evidence.json' with { type: 'json' };
import { makeReport } from '../helpers/make-report.js';

const items = parseReport(
  makeReport().replace(
    '* [ ] Serve the model with a FastAPI application (M22)',
    '* [x] Serve the model with a FastAPI application (M22)',
  ),
).items;
const files = [{ path: 'train.py', text: 'print("train")\n' }];
const noTemplate = { source: '', commit: '', paths: [], lines: [] };
const find = (cut: boolean) =>
  findEvidence(items, { git: false, files, ...(cut ? { cut } : {}) }, rules as EvidenceRules, noTemplate);

describe('evidence from a walk without git that was cut', () => {
  it('should suggest unticking an item without a trace only when the walk saw every file', () => {
    const api = (cut: boolean) => find(cut).find((i) => i.text.includes('FastAPI'))!.suggestion;
    expect([api(false), api(true)]).toEqual(['uncheck', null]);
  });

  it('should say that the scan stopped and that no item is called untraced', () => {
    const lines = formatEvidence('/home/s', false, find(true), true, 20_000).split('\n');
    expect(lines.slice(0, 2)).toEqual([
      '/home/s · no git: every file outside environments and data',
      "  The scan stopped after the first 20,000 files (without git there is no list of the repository's files): " +
        'the rest were not looked at, so no item is called untraced. Run it inside the git repository.',
    ]);
    expect(lines.at(-2)).toBe('With evidence: 0 · evidence, not ticked: 0 · ticked, no trace: 0');
  });
});
