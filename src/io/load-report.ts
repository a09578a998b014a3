import { resolve } from 'node:path';
import { looksLikeReport } from '../report/looks-like-report.js';
import { decodeReport } from './decode-report.js';
import type { FileSystem } from './file-system.js';
import { ReportError } from './report-error.js';

/** A report read from disk: the bytes (to detect later changes) and their text. */
export interface LoadedReport {
  path: string;
  bytes: Uint8Array;
  text: string;
}

/** Resolves a path argument: a directory means its `reports/README.md`, then its `README.md`. */
export const resolveReportPath = async (
  fs: FileSystem,
  arg: string | undefined,
  cwd: string,
): Promise<string> => {
  const path = resolve(cwd, arg ?? '.');
  const stat = await fs.stat(path);
  if (stat === null) throw new ReportError(`${arg ?? path}: no such file or directory.`);
  if (stat.isFile) return path;
  for (const candidate of ['reports/README.md', 'README.md']) {
    const inside = resolve(path, candidate);
    if ((await fs.stat(inside))?.isFile) return inside;
  }
  throw new ReportError(`${arg ?? path}: no reports/README.md or README.md in this directory.`);
};

/** Reads and decodes a report, rejecting files that are not UTF-8 or not a report at all. */
export const loadReport = async (
  fs: FileSystem,
  arg: string | undefined,
  cwd: string,
): Promise<LoadedReport> => {
  const path = await resolveReportPath(fs, arg, cwd);
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(path);
  } catch (error) {
    throw new ReportError(`${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}).`);
  }
  const text = decodeReport(bytes);
  if (text === null) throw new ReportError(`${path} is not valid UTF-8: save it as UTF-8 and try again.`);
  if (!looksLikeReport(text)) {
    throw new ReportError(
      `${path} is not an exam report: it has no "### Question" headings and no "Answer:".`,
    );
  }
  return { path, bytes, text };
};
