import { resolve } from 'node:path';
import { looksLikeReport } from '../report/looks-like-report.js';
import { decodeReport } from './decode-report.js';
import { findReportUpward } from './find-report-upward.js';
import { type FileStat, type FileSystem, maxReadBytes } from './file-system.js';
import { ReportError } from './report-error.js';
import { statSettled } from './stat-settled.js';

/** A report read from disk: the bytes (to detect later changes) and their text. */
export interface LoadedReport {
  path: string;
  bytes: Uint8Array;
  text: string;
}

const notAReport: Partial<Record<FileStat['kind'], string>> = {
  fifo: 'is a FIFO (named pipe), not a report file: give the path of the report itself.',
  device: 'is a device, not a report file: give the path of the report itself.',
  socket: 'is a socket, not a report file: give the path of the report itself.',
  loop: 'is a symbolic link loop (it leads back to itself): point it at the report, or give the report itself.',
  other: 'is not a regular file: give the path of the report itself.',
};

/**
 * Resolves a path argument: a directory means its `reports/README.md`, then its `README.md`, then the
 * `reports/README.md` of a folder above it, up to the repository's root (see `findReportUpward`).
 */
export const resolveReportPath = async (
  fs: FileSystem,
  arg: string | undefined,
  cwd: string,
): Promise<string> => {
  const path = resolve(cwd, arg ?? '.');
  const stat = await statSettled(fs, path);
  if (stat === null) throw new ReportError(`${arg ?? path}: no such file or directory.`);
  if (stat.isFile) return path;
  // Refused before any read: reading a FIFO blocks until a writer comes, a device may never end.
  const not = notAReport[stat.kind];
  if (not !== undefined) throw new ReportError(`${arg ?? path} ${not}`);
  // Run from src/ or tests/ of a group's repository, the report is the one at its root.
  const found = await findReportUpward(fs, path);
  if (found.path !== null) return found.path;
  throw new ReportError(
    `${arg ?? path}: no reports/README.md or README.md in this directory, and no reports/README.md in a folder ` +
      `above it up to the ${found.stoppedAt === 'repository' ? "repository's root" : "file system's root"}.`,
  );
};

/** Reads and decodes a report, rejecting files that are not UTF-8 or not a report at all. */
export const loadReport = async (
  fs: FileSystem,
  arg: string | undefined,
  cwd: string,
): Promise<LoadedReport> => {
  const path = await resolveReportPath(fs, arg, cwd);
  const read = async (): Promise<Uint8Array> => {
    try {
      return await fs.readFile(path).catch(async (error: NodeJS.ErrnoException) => {
        // Moved aside by a writer between the look and the read: read it once that writer is done.
        if (error.code !== 'ENOENT' || (await statSettled(fs, path)) === null) throw error;
        return fs.readFile(path);
      });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EFBIG')
        throw new ReportError(
          `${path} is larger than ${maxReadBytes / 1024 / 1024} MiB: not an exam report.`,
        );
      throw new ReportError(`${path}: cannot be read (${code ?? 'error'}).`);
    }
  };
  let bytes = await read();
  let text = decodeReport(bytes);
  if (text === null || !looksLikeReport(text)) {
    // An editor saving the file may have emptied it or written half of it: a second read tells that from a file
    // that is not a report at all, and gets the saved file when the save has finished.
    const again = await read();
    if (!sameBytes(again, bytes)) {
      const textAgain = decodeReport(again);
      if (textAgain === null || !looksLikeReport(textAgain)) {
        throw new ReportError(
          `${path} changed while it was being read (an editor saving it?): wait until it is saved and try again.`,
        );
      }
      bytes = again;
      text = textAgain;
    }
  }
  if (bytes.length === 0) {
    throw new ReportError(
      `${path} is empty (0 bytes): if an editor is saving it, wait until it is saved and try again; ` +
        'otherwise restore it from git or the course template.',
    );
  }
  if (text === null) throw new ReportError(`${path} is not valid UTF-8: save it as UTF-8 and try again.`);
  if (!looksLikeReport(text)) {
    throw new ReportError(
      `${path} is not an exam report: it has no "### Question" headings and no "Answer:".`,
    );
  }
  return { path, bytes, text };
};

const sameBytes = (a: Uint8Array, b: Uint8Array): boolean =>
  a.length === b.length && a.every((byte, i) => byte === b[i]);
