/** One change `setup` makes to a file: its new text (null: delete it), and what it does (`add to .gitattributes: …`). */
export interface FileChange {
  path: string;
  text: string | null;
  message: string;
}

/** Git's C-style quoting (what `unquote_c_style` reads back) of one `.gitattributes` pattern. */
const cQuote = (text: string): string =>
  // eslint-disable-next-line no-control-regex -- a control character in a file name is written as an octal escape
  `"${text.replace(/["\\\x00-\x1f\x7f]/g, (c) =>
    c === '"' || c === '\\' ? `\\${c}` : `\\${c.charCodeAt(0).toString(8).padStart(3, '0')}`,
  )}"`;

/**
 * The `.gitattributes` pattern that matches exactly the report: `*`, `?`, `[` and `\` escaped for git's wildmatch,
 * a leading `#` (a comment) or `!` (a negative pattern, which attributes ignore) escaped, a root-level report anchored
 * with `/` (a pattern without a slash matches at any depth), and the whole pattern C-quoted when it holds a blank
 * (which would end it) or starts with `"`: git reads `"..."` patterns C-style (checked with `git check-attr`).
 */
export const attributePattern = (report: string): string => {
  const escaped = report.replace(/[*?[\\]/g, '\\$&').replace(/^[#!]/, '\\$&');
  const anchored = escaped.includes('/') ? escaped : `/${escaped}`;
  return /[ \t\r\n]/.test(anchored) || anchored.startsWith('"') ? cQuote(anchored) : anchored;
};

const attributeOf = (report: string): string => `${attributePattern(report)} merge=report-wizard`;

/** The line setup wrote before it escaped patterns (spaces as `[[:space:]]`), so `--undo` still removes it. */
const legacyAttributeOf = (report: string): string =>
  `${report.replace(/ /g, '[[:space:]]')} merge=report-wizard`;

/** `.gitattributes` with the report's merge attribute added (`undo`: removed), or null when nothing changes. */
export const gitattributesText = (current: string | null, report: string, undo: boolean): string | null => {
  const line = attributeOf(report);
  const legacy = legacyAttributeOf(report);
  const lines = current === null ? [] : current.split(/\r?\n/);
  const has = lines.includes(line);
  const hasLegacy = legacy !== line && lines.includes(legacy);
  if (undo) {
    if ((!has && !hasLegacy) || current === null) return null;
    const kept = current
      .split(/(?<=\n)/)
      .filter((l) => ![line, legacy].includes(l.replace(/\r?\n$/, '')))
      .join('');
    return kept;
  }
  if (has) return null;
  // An older setup's line matched blanks of any kind: it gives way to the exact one, in its place.
  if (hasLegacy && current !== null)
    return current
      .split(/(?<=\n)/)
      .map((l) => (l.replace(/\r?\n$/, '') === legacy ? l.replace(legacy, line) : l))
      .join('');
  const eol = current?.includes('\r\n') === true ? '\r\n' : '\n';
  const base = current === null || current === '' || /\n$/.test(current) ? (current ?? '') : current + eol;
  return `${base}${line}${eol}`;
};

/** A YAML double-quoted scalar holding `text` exactly: JSON strings are YAML, whatever `'`, `"`, `:`, `#` or `-` it holds. */
const yamlQuote = (text: string): string => JSON.stringify(text);

const begin = '# report-wizard: begin (report-wizard setup added this hook; setup --undo removes it)';
const end = '# report-wizard: end';

/** The local hook that blocks a commit of the report with conflict markers or a structure report.py refuses. */
const hookBlock = (indent: string, report: string): string[] => [
  `${indent}${begin}`,
  `${indent}- repo: local`,
  `${indent}  hooks:`,
  `${indent}    - id: report-wizard`,
  `${indent}      name: exam report (report-wizard)`,
  `${indent}      entry: npx --yes report-wizard check --fail-on hand-in`,
  `${indent}      language: system`,
  `${indent}      files: ${yamlQuote(`^${report.replace(/[.+?^${}()|[\]\\*]/g, '\\$&')}$`)}`,
  `${indent}${end}`,
];

/**
 * `.pre-commit-config.yaml` with report-wizard's hook added at the end of its `repos:` list (`undo`: removed), null
 * when nothing changes, or an error message when there is no `repos:` list to add to.
 */
export const preCommitText = (
  current: string,
  report: string,
  undo: boolean,
): { text: string | null } | { error: string } => {
  const eol = current.includes('\r\n') ? '\r\n' : '\n';
  const lines = current.split(/\r?\n/);
  const first = lines.findIndex((l) => l.trim() === begin);
  if (undo) {
    if (first === -1) return { text: null };
    const last = lines.findIndex((l, i) => i > first && l.trim() === end);
    if (last === -1)
      return { error: `.pre-commit-config.yaml has report-wizard's begin line without its end line` };
    lines.splice(first, last - first + 1);
    return { text: lines.join(eol) };
  }
  if (first !== -1) return { text: null };
  const repos = lines.findIndex((l) => /^repos:\s*(?:#.*)?$/.test(l));
  if (repos === -1)
    return { error: '.pre-commit-config.yaml has no top-level "repos:" list to add the hook to' };
  // The list runs on while lines are indented, list items, comments or blank; its items' indent is kept.
  let after = repos + 1;
  let indent: string | null = null;
  for (let i = repos + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^[ \t]/.test(line) && !line.startsWith('-')) break;
    indent ??= /^([ \t]*)-/.exec(line)?.[1] ?? null;
    after = i + 1;
  }
  lines.splice(after, 0, ...hookBlock(indent ?? '  ', report));
  return { text: lines.join(eol) };
};

/** The shell-quoted form of a word, for the driver command. */
const shellQuote = (word: string): string => `'${word.replace(/'/g, `'\\''`)}'`;

/** A workflow `run:` value: the shell command with the report as one word, after `--` so a leading `-` is no option. */
const runLine = (command: string, report: string): string => yamlQuote(`${command} -- ${shellQuote(report)}`);

/**
 * A `paths:` filter pattern matching exactly `path`: GitHub reads `*`, `?`, `+`, `[`, `]` and a leading `!` as
 * pattern characters (its filter pattern cheat sheet) and `\` as the escape of the next one, so each is escaped.
 */
const filterPattern = (path: string): string => path.replace(/[*?+[\]!\\]/g, '\\$&');

export const workflowMarker =
  '# report-wizard setup --ci wrote this file; it rewrites, and setup --ci --undo removes, only a file with this line.';

/**
 * The GitHub Actions workflow that checks the report on every push and pull request touching its folder, and on the
 * default branch says what staff would grade (whole history fetched: the hand-in view reads every branch).
 */
export const workflowText = (report: string): string => {
  const folder = report.includes('/')
    ? `${filterPattern(report.slice(0, report.lastIndexOf('/')))}/**`
    : filterPattern(report);
  return [
    workflowMarker,
    'name: Exam report',
    'on:',
    '  push:',
    '    paths:',
    `      - ${yamlQuote(folder)}`,
    '  pull_request:',
    '    paths:',
    `      - ${yamlQuote(folder)}`,
    'jobs:',
    '  report:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '        with:',
    '          fetch-depth: 0',
    '      - uses: actions/setup-node@v4',
    '        with:',
    "          node-version: '20'",
    '      - name: Check the report as report.py counts it',
    `        run: ${runLine('npx --yes report-wizard check --format github', report)}`,
    '      - name: Hand-in check (default branch)',
    '        if: github.ref_name == github.event.repository.default_branch',
    `        run: ${runLine('npx --yes report-wizard handin', report)}`,
    '',
  ].join('\n');
};

/**
 * The `merge.report-wizard.driver` command: a small sh script that runs report-wizard's merge driver when node and
 * the script are there, and otherwise (or when it fails without leaving conflict markers) runs git's own line merge,
 * `git merge-file`: the merge degrades to git's markers, never to "ours".
 */
export const driverCommand = (bin: string): string =>
  'sh -c \'b="$0"; if command -v node >/dev/null 2>&1 && [ -f "$b" ]; then node "$b" merge-driver "$1" "$2" "$3" "$4"; ' +
  's=$?; [ $s -eq 0 ] && exit 0; [ $s -eq 1 ] && grep -q "^<<<<<<< " "$2" && exit 1; fi; ' +
  'echo "report-wizard could not run: git merge-file merges $4 line by line" >&2; ' +
  `exec git merge-file -L ours -L base -L theirs "$2" "$1" "$3"' ${shellQuote(bin)} %O %A %B %P`;

export const driverName = 'report-wizard: merges the exam report question by question';
