import type { ChecklistItem } from '../report/model.js';
import { classifyFile, type Provenance } from './classify-file.js';
import type { EvidenceRule, EvidenceRules, EvidenceSource, TemplatePrint } from './evidence-rules.js';
import { globTail } from './glob-tail.js';
import { globToRegExp } from './glob-to-regexp.js';
import { matchRule } from './match-rule.js';
import { packageNames } from './package-names.js';
import { IndexedFile } from './indexed-file.js';
import type { RepositorySnapshot } from './repository-snapshot.js';
import { requiredLiterals } from './required-literals.js';
import { rulePaths } from './rule-paths.js';
import { sourceFiles } from './source-files.js';

/** One file that counts for an item, and why. */
export interface Evidence {
  path: string;
  why: string;
}

/** A checklist item with the evidence found for it and what to do about its box. */
export interface ItemEvidence {
  number: number;
  text: string;
  checked: boolean;
  evidence: Evidence[];
  /** `check`: evidence, not ticked; `uncheck`: ticked, no trace found (a prompt to look); null otherwise. */
  suggestion: 'check' | 'uncheck' | null;
}

/** At most this many files are listed per item: enough to look at, short enough to read. */
const maxEvidence = 5;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const origin: Record<Provenance, string> = {
  own: "the group's own file",
  edited: "the template's file, edited by the group",
  template: "the template's file, unchanged",
  empty: 'an empty file',
};

/**
 * For every checklist item, the files of the repository that show the work it names, by the first rule that matches
 * it; files still the cookiecutter template's never count (unless the item asks for the template).
 */
export const findEvidence = (
  items: readonly ChecklistItem[],
  snapshot: RepositorySnapshot,
  data: EvidenceRules,
  template: TemplatePrint,
): ItemEvidence[] => {
  const pathsOf = rulePaths(snapshot.base);
  const names = packageNames(snapshot.files.flatMap((f) => pathsOf(f.path).map((path) => ({ ...f, path }))));
  const templateLines = new Set(template.lines);
  const shipped = template.paths.map(globToRegExp);
  const files = snapshot.files.map(
    (f) =>
      new IndexedFile(f, (text) =>
        classifyFile(
          text,
          names,
          templateLines,
          pathsOf(f.path).some((path) => shipped.some((p) => p.test(path))),
        ),
      ),
  );
  const paths = files.map((f) => pathsOf(f.file.path));
  const lowered = files.map((f) => f.file.path.toLowerCase());
  const byGlob = new Map<string, Uint8Array>();
  /** Which files a glob names (1 at their index): its literal end first, the regular expression only then. */
  const named = (glob: string): Uint8Array => {
    let hits = byGlob.get(glob);
    if (hits) return hits;
    const pattern = globToRegExp(glob);
    const tail = globTail(glob);
    hits = new Uint8Array(files.length);
    for (let i = 0; i < files.length; i++)
      if (lowered[i]!.endsWith(tail) && paths[i]!.some((path) => pattern.test(path))) hits[i] = 1;
    byGlob.set(glob, hits);
    return hits;
  };
  // Rules share their globs (a dozen read `**/*.py`): each list is matched once.
  const byList = new Map<string, IndexedFile[]>();
  const matching = (globs: readonly string[]): IndexedFile[] => {
    const key = globs.join('\0');
    let found = byList.get(key);
    if (!found) {
      const hits = globs.map(named);
      byList.set(key, (found = files.filter((_, i) => hits.some((h) => h[i] === 1))));
    }
    return found;
  };

  /** A line pattern's required literals as one pattern over lower-cased text, or null when it has none. */
  const literalsOf = (line: string): RegExp | null => {
    const literals = requiredLiterals(line);
    return literals === null ? null : new RegExp(literals.map(escape).join('|'));
  };
  /** The files a line rule without `in` reads: code and configuration, not prose. */
  let codeFiles: IndexedFile[] | undefined;

  const counts = (f: IndexedFile, rule: EvidenceRule): boolean =>
    rule.template === true || (f.provenance !== 'template' && f.provenance !== 'empty');
  const editedNote = (f: IndexedFile): string =>
    f.provenance === 'edited' ? ", in the template's file edited by the group" : '';

  /**
   * The first line of each file that matches `pattern`, skipping files still the template's; `limit` files at most.
   * A file whose lower-cased text `literals` does not match (one of the pattern's required literals, see
   * `requiredLiterals`) cannot match the pattern: one pass of plain literals is cheaper than the pattern's.
   */
  const lineEvidence = (
    candidates: IndexedFile[],
    pattern: RegExp,
    why: (match: RegExpExecArray, line: number) => string,
    rule: EvidenceRule,
    limit: number,
    literals: RegExp | null = null,
  ): Evidence[] => {
    const found: Evidence[] = [];
    for (const f of candidates) {
      if (found.length >= limit) break;
      if (f.file.text === null) continue;
      if (literals !== null && !literals.test(f.lowerText)) continue;
      if (!pattern.test(f.file.text) || !counts(f, rule)) continue;
      const lines = f.lines;
      for (let i = 0; i < lines.length; i++) {
        const match = pattern.exec(lines[i]!);
        if (!match) continue;
        found.push({ path: f.file.path, why: `${why(match, i + 1)}${editedNote(f)}` });
        break;
      }
    }
    return found;
  };

  const evaluate = (source: EvidenceSource, rule: EvidenceRule, limit: number): Evidence[] => {
    if ('repository' in source)
      return snapshot.git ? [{ path: '.git', why: 'the report is in a git repository' }] : [];
    const found: Evidence[] = [];
    if ('path' in source) {
      for (const f of matching(source.path)) {
        if (found.length >= limit) break;
        if (!counts(f, rule)) continue;
        const from = rule.template ? 'from the cookiecutter template' : origin[f.provenance];
        found.push({ path: f.file.path, why: `${source.why}, ${from}` });
      }
      return found;
    }
    if ('import' in source) {
      for (const f of matching(sourceFiles.python)) {
        if (found.length >= limit) break;
        const text = f.file.text;
        // A module's name is in the text of a file that imports it: a file holding none is not parsed for imports.
        if (text === null || !source.import.some((n) => text.includes(n))) continue;
        const name = source.import.find((n) => f.imports.has(n));
        if (name === undefined || !counts(f, rule)) continue;
        found.push({
          path: f.file.path,
          why: `imports ${name} (line ${f.imports.get(name)})${editedNote(f)}`,
        });
      }
      return found;
    }
    if ('dependency' in source) {
      const pattern = new RegExp(
        `(?:^|[\\s"',\\[])(${source.dependency.map(escape).join('|')})(?:\\[[^\\]]*\\])?[ \\t]*(?:[<>=!~;"',@]|$)`,
        'im',
      );
      return lineEvidence(
        matching(sourceFiles.dependency),
        pattern,
        (m, n) => `lists ${m[1]} (line ${n})`,
        rule,
        limit,
      );
    }
    const pattern = new RegExp(source.line, 'im');
    const candidates = source.in
      ? matching(source.in)
      : (codeFiles ??= files.filter((f) => f.file.text !== null && !sourceFiles.prose.test(f.file.path)));
    return lineEvidence(
      candidates,
      pattern,
      (_, n) => `${source.why} (line ${n})`,
      rule,
      limit,
      literalsOf(source.line),
    );
  };

  return items.map((item) => {
    const rule = data.rules.find((r) => matchRule(r, item)) ?? null;
    const evidence: Evidence[] = [];
    if (rule) {
      const seen = new Set<string>();
      for (const source of rule.evidence) {
        for (const e of evaluate(source, rule, maxEvidence - evidence.length)) {
          if (seen.has(e.path)) continue;
          seen.add(e.path);
          evidence.push(e);
        }
        if (evidence.length >= maxEvidence) break;
      }
    }
    const suggestion =
      rule === null
        ? null
        : evidence.length > 0 && !item.checked
          ? 'check'
          : // A cut scan never looked at the rest of the files: no trace in it proves nothing.
            evidence.length === 0 && item.checked && snapshot.cut !== true
            ? 'uncheck'
            : null;
    return {
      number: item.index,
      text: item.text,
      checked: item.checked,
      evidence: evidence.slice(0, maxEvidence),
      suggestion,
    };
  });
};
