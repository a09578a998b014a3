/** One option of a command: what node's parseArgs reads (`type`, `short`, `multiple`) plus what `--help` says. */
export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  readonly multiple?: boolean;
  /** The value's name in the synopsis (`CMD`); omitted when `choices` names the values. */
  readonly value?: string;
  /** The only values a string option takes: checked by the parser and listed in the synopsis. */
  readonly choices?: readonly string[];
  readonly help: string;
}

/** A command's arguments, summary and options: the one source of its parser, its checks and its `--help`. */
export interface CommandSpec {
  readonly name: string;
  /** The positional arguments as the synopsis shows them (an option named here is not repeated after them). */
  readonly positionals: string;
  readonly summary: string;
  /**
   * Which bundle holds it (scripts/build.js): `core`, the file `check` loads (no Ink, React or execa: ESLint holds
   * its files to that); `wizard`, Ink and React behind a code cache of its own; `lazy`, an ES-module chunk with execa.
   */
  readonly bundle: 'core' | 'wizard' | 'lazy';
  readonly options: Readonly<Record<string, OptionSpec>>;
  /** Options shown as alternatives in one bracket (`[--on | --off]`); a name that is no option is shown as is. */
  readonly alternatives?: readonly { readonly names: readonly string[]; readonly required?: boolean }[];
}

// Extra keys (`help`, `value`, `choices`) ride along in the objects parseArgs reads: it ignores them.
const report = {
  type: 'string',
  value: 'PATH',
  help: 'the report, a file or a folder (its reports/README.md, then README.md); the same as PATH, said outright',
} as const;
const json = { type: 'boolean', help: 'print JSON' } as const;
const python = {
  type: 'string',
  value: 'CMD',
  help: 'the python to run report.py with (default: REPORT_WIZARD_PYTHON, a .venv, python3, python)',
} as const;
const wizardOptions = {
  question: { type: 'string', value: 'N', help: 'open question N' },
  checklist: { type: 'boolean', help: 'open the checklist' },
  fresh: { type: 'boolean', help: 'ignore where you stopped last time' },
  python: { ...python, help: "the python the overview's parity check (p) runs report.py with" },
} as const;
const wizardAlternatives = [{ names: ['question', 'checklist'] }] as const;

/** Every command's spec, by name; `wizard` is the command that runs when none is named. */
export const commandSpecs = {
  wizard: {
    name: 'wizard',
    bundle: 'wizard',
    positionals: '[PATH | --report PATH]',
    summary:
      'open the wizard (needs a terminal), where you stopped last time or at the first failing question',
    options: { report, ...wizardOptions },
    alternatives: wizardAlternatives,
  },
  demo: {
    name: 'demo',
    bundle: 'wizard',
    positionals: '',
    summary: 'try the wizard on a temporary copy of the demo report',
    options: wizardOptions,
    alternatives: wizardAlternatives,
  },
  check: {
    name: 'check',
    bundle: 'core',
    positionals: '[PATH... | --report PATH...]',
    summary: "check like report.py: each question's count, target and verdict, the lints, a total",
    options: {
      report: { ...report, multiple: true, help: 'a report to check (repeatable); the same as PATH' },
      json: { ...json, help: "print report.py's figures and the lints as JSON (--format json)" },
      format: {
        type: 'string',
        choices: ['text', 'json', 'github', 'compact'],
        help: 'text, JSON, GitHub annotations (and job summary), or compact lines for editors',
      },
      watch: {
        type: 'boolean',
        help: 'check again after every save and print what changed (Ctrl+C to stop)',
      },
      template: {
        type: 'string',
        choices: ['auto', '2023', '2024', '2025', '2026'],
        help: "check with that year's report.py; auto: today's, saying when the template is older",
      },
      'fail-on': {
        type: 'string',
        value: 'LIST',
        help: 'exit 1 only on these (fatal, questions, lint rules; hand-in), printing only them',
      },
    },
    alternatives: [{ names: ['json', 'format'] }],
  },
  status: {
    name: 'status',
    bundle: 'core',
    positionals: '[PATH | --report PATH]',
    summary: 'answered and passing questions, checklist per week, words, evidence counts, git lints',
    options: { report, json },
  },
  handin: {
    name: 'handin',
    bundle: 'core',
    positionals: '[PATH]',
    summary:
      'what staff would grade if they scraped now (or at the deadline): the branch and commit, its verdict, answers stranded on other branches, late commits, missing images, unpushed work',
    options: {
      json,
      fetch: { type: 'boolean', help: 'git fetch first (the only network use; says so when offline)' },
      deadline: {
        type: 'string',
        value: 'ISO',
        help: "the deadline, ISO 8601 with offset (2026-01-24T00:00:00+01:00); default: the course year's",
      },
    },
  },
  class: {
    name: 'class',
    bundle: 'core',
    positionals: 'SOURCE...',
    summary:
      'for course staff: every group at the deadline from git alone (a folder of clones, or a roster CSV with --clones): verdicts, staff leaderboard figures, ticks, stranded answers, what needs a human',
    options: {
      clones: {
        type: 'string',
        value: 'DIR',
        help: "where a roster's clones are (owner+repo, owner__repo or repo)",
      },
      at: {
        type: 'string',
        value: 'ISO',
        help: "the moment to grade, ISO 8601 with offset; default: each group's course year deadline",
      },
      year: {
        type: 'string',
        choices: ['2023', '2024', '2025', '2026'],
        help: "that course year's deadline for every group",
      },
      html: { type: 'string', value: 'FILE', help: 'also write one self-contained, sortable page' },
      csv: { type: 'boolean', help: 'print CSV: a header row, then one row per group' },
      json,
    },
    alternatives: [{ names: ['at', 'year'] }, { names: ['csv', 'json'] }],
  },
  answer: {
    name: 'answer',
    bundle: 'core',
    positionals: 'N [PATH | --report PATH]',
    summary: "set question N's answer, refusing text report.py would misread",
    options: {
      report,
      text: { type: 'string', value: 'TEXT', help: 'the new answer' },
      file: {
        type: 'string',
        value: 'F',
        help: 'read the new answer from a UTF-8 file of at most 1 MiB; - reads standard input',
      },
      json: { ...json, help: 'print what was written, the counts after and the lints as JSON' },
      'allow-empty': { type: 'boolean', help: 'let empty text clear an answer' },
      force: {
        type: 'boolean',
        help: 'write text report.py would misread ("Answer:" in it, a "##" that cuts it short)',
      },
    },
    alternatives: [{ names: ['text', 'file', '-'], required: true }],
  },
  toggle: {
    name: 'toggle',
    bundle: 'core',
    positionals: 'ITEM... [PATH | --report PATH]',
    summary:
      'check, uncheck or flip checklist items (ITEM: a number, a module tag such as M17, or a text fragment)',
    options: {
      report: {
        ...report,
        help:
          'the report; then every argument is an ITEM (without it, the last of two or more arguments is the PATH ' +
          'when it names a file, or a folder holding reports/README.md or README.md)',
      },
      json: { ...json, help: 'print the items set, the counts after and the lints as JSON' },
      on: { type: 'boolean', help: 'check the items' },
      off: { type: 'boolean', help: 'uncheck the items' },
    },
    alternatives: [{ names: ['on', 'off'] }],
  },
  fix: {
    name: 'fix',
    bundle: 'core',
    positionals: '[PATH | --report PATH]',
    summary: 'repair what needs no judgement, showing a unified diff first',
    options: {
      report,
      json: { ...json, help: 'print what was fixed, the counts after and the lints as JSON' },
      'dry-run': { type: 'boolean', help: 'show the diff only' },
      code: { type: 'boolean', help: "rewrite fenced code as indented code (changes report.py's count)" },
      windows: {
        type: 'boolean',
        help: "make curly quotes, dashes and no-break spaces ASCII where report.py's counts stay (Windows)",
      },
    },
  },
  migrate: {
    name: 'migrate',
    bundle: 'core',
    positionals: '[PATH | --report PATH]',
    summary:
      "move a report from an older template into the newest one (the course's reports/README.md, or --fetch it)",
    options: {
      report,
      template: {
        type: 'string',
        value: 'FILE',
        help: "your copy of the newest template, the course's reports/README.md",
      },
      fetch: {
        type: 'boolean',
        help: "download the newest template from the course's repository (REPORT_WIZARD_TEMPLATE_URL or --url)",
      },
      url: { type: 'string', value: 'URL', help: 'where --fetch downloads the template from' },
      timeout: { type: 'string', value: 'SECONDS', help: 'how long --fetch may take (default 20)' },
      to: {
        type: 'string',
        choices: ['2026'],
        help: 'the template year to move to (only the one graded today)',
      },
      json: { ...json, help: 'print the mapping, the counts after and the lints as JSON' },
      'dry-run': { type: 'boolean', help: 'show the mapping and the diff only' },
    },
    alternatives: [{ names: ['template', 'fetch'], required: true }],
  },
  evidence: {
    name: 'evidence',
    bundle: 'lazy',
    positionals: '[PATH | --report PATH]',
    summary: "for every checklist item, the files of the group's repository that show it",
    options: { report, json },
  },
  parity: {
    name: 'parity',
    bundle: 'lazy',
    positionals: '[PATH | --report PATH]',
    summary: "run the report.py next to the report and show its verdict beside report-wizard's",
    options: {
      report,
      python,
      json,
      timeout: { type: 'string', value: 'SECONDS', help: 'how long report.py may run' },
    },
  },
  preview: {
    name: 'preview',
    bundle: 'lazy',
    positionals: '[PATH | --report PATH]',
    summary: 'write the page graders get (python report.py html) to a temporary file and print its path',
    options: {
      report,
      out: {
        type: 'string',
        value: 'FILE',
        help: 'write it here instead (never the report; over an earlier preview only)',
      },
      force: { type: 'boolean', help: 'let --out replace an existing file that is not an earlier preview' },
      open: { type: 'boolean', help: 'open it in the browser' },
      python,
      json: { ...json, help: "print the page's path, the report's counts and the lints as JSON" },
    },
  },
  setup: {
    name: 'setup',
    bundle: 'core',
    positionals: '',
    summary:
      'set up the merge driver in your clone (.gitattributes, .git/config, pre-commit), or with --ci the GitHub workflow',
    options: {
      report: { ...report, help: 'the report (default: reports/README.md)' },
      'dry-run': { type: 'boolean', help: 'say what it would change, changing nothing' },
      undo: { type: 'boolean', help: 'remove what setup added' },
      ci: { type: 'boolean', help: 'write .github/workflows/report.yml, which checks the report on GitHub' },
    },
  },
  resolve: {
    name: 'resolve',
    bundle: 'core',
    positionals: '[QUESTION...]',
    summary:
      "resolve the report's merge conflicts in these questions (all when none): from git's index when unmerged, else the markers",
    options: {
      report,
      ours: { type: 'boolean', help: 'keep our side' },
      theirs: { type: 'boolean', help: 'keep their side' },
      both: { type: 'boolean', help: 'keep both, ours first' },
    },
    alternatives: [{ names: ['ours', 'theirs', 'both'] }],
  },
  'merge-driver': {
    name: 'merge-driver',
    bundle: 'core',
    positionals: 'BASE OURS THEIRS [PATH]',
    summary:
      "git's merge driver for the report (setup configures it): merges question by question into OURS, else runs git merge-file",
    options: {},
  },
} as const satisfies Record<string, CommandSpec>;

/** A command's name. */
export type CommandName = keyof typeof commandSpecs;
