import templatePrint from '../../templates/evidence-template.json' with { type: 'json' };
import rules from '../../templates/evidence.json' with { type: 'json' };
import { basename, dirname, join, relative, sep } from 'node:path';
import type { Exec } from '../io/exec.js';
import type { ChecklistItem } from '../report/model.js';
import type { EvidenceRules } from './evidence-rules.js';
import { findEvidence, type ItemEvidence } from './find-evidence.js';
import { matchRule } from './match-rule.js';
import type { ReadRepositoryFile } from './read-repository-file.js';
import { repositoryRoot } from './repository-root.js';
import { scanRepository } from './scan-repository.js';
import { wantedFiles } from './wanted-files.js';

/** Everything finding a report's evidence touches outside itself. */
export interface EvidenceIo {
  exec: Exec;
  env: Record<string, string | undefined>;
  /** Reads the repository's files (node's file system when absent); tests pass a fake that counts. */
  read?: ReadRepositoryFile;
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
  // The report describes the work; only the rest of the repository can show it. The course's own files beside it
  // (report.py, which imports typer and loguru and has type hints) are not the group's work either.
  const folder = dirname(reportPath);
  const inRepository = (path: string): string => relative(found.root, path).split(sep).join('/');
  const course = new Set([inRepository(reportPath), inRepository(join(folder, 'report.py'))]);
  const base =
    basename(folder) === 'reports' ? relative(found.root, dirname(folder)).split(sep).join('/') : '';
  const projectBase = base !== '' && !base.startsWith('..') ? base : undefined;
  const data = rules as EvidenceRules;
  // Only the rules of this checklist's items decide which files are worth reading.
  const used = new Set(items.map((item) => data.rules.find((r) => matchRule(r, item))));
  const wanted = wantedFiles(
    data.rules.filter((r) => used.has(r)),
    projectBase,
  );
  const scanned = await scanRepository(
    found.root,
    found.git,
    { exec: io.exec, env, ...(io.read ? { read: io.read } : {}) },
    (path) => !course.has(path) && wanted(path),
  );
  const snapshot = { ...scanned, ...(projectBase === undefined ? {} : { base: projectBase }) };
  return {
    ...found,
    git: snapshot.git,
    cut: snapshot.cut === true,
    items: findEvidence(items, snapshot, data, templatePrint),
  };
};
