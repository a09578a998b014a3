import { createHash } from 'node:crypto';
import { type CheckerVersion, checkerBySha256 } from '../report/generations.js';

/** Which upstream report.py a file is, by its sha256. */
export interface CheckerIdentity {
  /** The upstream version, or null for a modified or unknown copy. */
  checker: CheckerVersion | null;
  /** sha256 of the bytes as they are on disk. */
  sha256: string;
  /** Whether it only matched once CRLF line endings were turned into LF (a Windows checkout). */
  matchedAfterLf: boolean;
}

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

const toLf = (bytes: Uint8Array): Uint8Array => {
  const out = new Uint8Array(bytes.length);
  let n = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 13 && bytes[i + 1] === 10) continue;
    out[n++] = bytes[i]!;
  }
  return out.subarray(0, n);
};

/** Recognises a report.py by the hash of its bytes, and failing that of its bytes with LF line endings. */
export const identifyChecker = (bytes: Uint8Array): CheckerIdentity => {
  const hash = sha256(bytes);
  const exact = checkerBySha256(hash);
  if (exact) return { checker: exact, sha256: hash, matchedAfterLf: false };
  const lf = toLf(bytes);
  const normalised = lf.length === bytes.length ? undefined : checkerBySha256(sha256(lf));
  return { checker: normalised ?? null, sha256: hash, matchedAfterLf: normalised !== undefined };
};
