// Records what the course's cookiecutter template ships, so `evidence` can tell a file still the template's from a
// group's own work: every version of SkafteNicki/mlops_template, as paths and hashed line keys (no template code).
//   node scripts/evidence-template.js GIT_DIR_OF_mlops_template > templates/evidence-template.json
// GIT_DIR is a clone or a bare mirror; every commit reachable from HEAD is read.
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';

const gitDir = process.argv[2];
if (!gitDir) {
  process.stderr.write('usage: node scripts/evidence-template.js GIT_DIR\n');
  process.exit(2);
}
const git = (...args) =>
  execFileSync('git', ['--git-dir', gitDir, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });

// The same line keys the command computes, from its TypeScript source.
const bundled = await build({
  stdin: {
    contents:
      "export { lineKey } from './src/evidence/line-key.ts'; export { templatePath } from './src/evidence/template-path.ts';",
    resolveDir: process.cwd(),
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  write: false,
});
const { lineKey, templatePath } = await import(
  `data:text/javascript,${encodeURIComponent(bundled.outputFiles[0].text)}`
);

const commits = git('rev-list', 'HEAD').trim().split('\n');
const paths = new Set();
const lines = new Set();
const seen = new Set();
for (const commit of commits) {
  for (const row of git('ls-tree', '-r', commit).trim().split('\n')) {
    const [meta, path] = row.split('\t');
    const blob = meta.split(' ')[2];
    const target = templatePath(path);
    if (target === null) continue;
    paths.add(target);
    if (seen.has(blob)) continue;
    seen.add(blob);
    const text = git('cat-file', 'blob', blob);
    if (text.includes('\0')) continue;
    for (const line of text.split(/\r\n|\r|\n/)) {
      const key = lineKey(line);
      if (key !== null) lines.add(key);
    }
  }
}
const head = git('rev-parse', 'HEAD').trim();
process.stdout.write(
  `${JSON.stringify(
    {
      $comment:
        'What the course cookiecutter template (SkafteNicki/mlops_template) ships, in every version up to `commit`: the paths it generates (package folder as *) and the keys of its lines (src/evidence/line-key.ts). Regenerate with scripts/evidence-template.js.',
      source: 'SkafteNicki/mlops_template',
      commit: head,
      versions: commits.length,
      paths: [...paths].sort(),
      lines: [...lines].sort(),
    },
    null,
    1,
  )}\n`,
);
