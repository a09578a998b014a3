/** The files (globs) each kind of evidence source reads when a rule names none. */
export const sourceFiles = {
  /** What a `dependency` source reads: requirements, pyproject.toml, setup.py/cfg, environment files. */
  dependency: ['**/requirements*.txt', '**/pyproject.toml', 'setup.py', 'setup.cfg', '**/environment*.y*ml'],
  /** What an `import` source reads: Python files and notebooks. */
  python: ['**/*.py', '**/*.ipynb'],
  /** Prose and rendered copies describe the work; without `in`, a line rule reads code and configuration only. */
  prose: /\.(?:md|markdown|rst|html?|drawio|txt|csv|tsv|tex|log)$/i,
};
