import templatePrint from '../../templates/evidence-template.json' with { type: 'json' };
import rules from '../../templates/evidence.json' with { type: 'json' };
import { basename, dirname, join, relative, sep } from 'node:path';
import type { FileSystem } from '../io/file-system.js';
import type { Exec } from '../parity/exec.js';
import type { ChecklistItem } from '../report/model.js';
import type { EvidenceRules } from './evidence-rules.js';
import { findEvidence, type ItemEvidence } from './find-evidence.js';
import { repositoryRoot } from './repository-root.js';
import { scanRepository } from './scan-repository.js';

/** Everything finding a report's evidence touches outside itself. */
export interface EvidenceIo {
  fs: FileSystem;
  exec: Exec;
  env: Record<string, string | undefined>;
}

/** The evidence for a report's checklist in its repository; null when the report is in no repository. */
export const reportEvidence = async (
  reportPath: string,
  items: readonly ChecklistItem[],
  io: EvidenceIo,
): Promise<{ root: string; git: boolean; cut: boolean; items: ItemEvidence[] } | null> => {
  const env = Object.fromEntries(
    Object.entries(io.env).filter((e): e is [string, string] => e[1] !== undefined),
  );
  const found = await repositoryRoot(reportPath, { exec: io.exec, env });
  if (found === null) return null;
  const scanned = await scanRepository(found.root, found.git, { fs: io.fs, exec: io.exec, env });
  // The report describes the work; only the rest of the repository can show it. The course's own files beside it
  // (report.py, which imports typer and loguru and has type hints) are not the group's work either.
  const folder = dirname(reportPath);
  const inRepository = (path: string): string => relative(found.root, path).split(sep).join('/');
  const course = new Set([inRepository(reportPath), inRepository(join(folder, 'report.py'))]);
  const base =
    basename(folder) === 'reports' ? relative(found.root, dirname(folder)).split(sep).join('/') : '';
  const snapshot = {
    ...scanned,
    files: scanned.files.filter((f) => !course.has(f.path)),
    ...(base !== '' && !base.startsWith('..') ? { base } : {}),
  };
  return {
    ...found,
    git: snapshot.git,
    cut: snapshot.cut === true,
    items: findEvidence(items, snapshot, rules as EvidenceRules, templatePrint),
  };
};
