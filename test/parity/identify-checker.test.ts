import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { identifyChecker } from '../../src/parity/identify-checker.js';
import { newestChecker } from '../../src/report/generations.js';

const official = process.env.REPORT_PY ?? '';
const hasOfficial = official !== '' && existsSync(official);
if (!hasOfficial) {
  console.log(
    'identify-checker: skipping the real report.py tests: set REPORT_PY to the newest official report.py.',
  );
}

const crlf = (bytes: Uint8Array): Uint8Array =>
  Buffer.from(Buffer.from(bytes).toString('latin1').replace(/\n/g, '\r\n'), 'latin1');

describe('identifyChecker', () => {
  it('should find no version for changed bytes and still give their sha256', () => {
    expect(identifyChecker(new TextEncoder().encode('print("hello")\n'))).toEqual({
      checker: null,
      sha256: 'b80792336156c7b0f7fe02eeef24610d2d52a10d1810397744471d1dc5738180',
      matchedAfterLf: false,
    });
  });

  it.skipIf(!hasOfficial)('should recognise the newest report.py by its bytes', () => {
    const identity = identifyChecker(readFileSync(official));
    expect([identity.checker?.version, identity.matchedAfterLf]).toEqual([newestChecker.version, false]);
  });

  it.skipIf(!hasOfficial)('should recognise a CRLF checkout after converting its line endings', () => {
    const identity = identifyChecker(crlf(readFileSync(official)));
    expect([identity.checker?.version, identity.matchedAfterLf]).toEqual([newestChecker.version, true]);
    expect(identity.sha256).not.toBe(newestChecker.sha256);
  });
});
