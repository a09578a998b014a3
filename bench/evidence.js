// The evidence command's data and figures, in one script (ESLint lints only a few loose .js files):
//   node bench/evidence.js template GIT_DIR > templates/evidence-template.json
//     records what the course's cookiecutter template ships (every version of SkafteNicki/mlops_template, a clone or
//     a bare mirror), as paths and hashed line keys, no template code, so `evidence` can tell a file still the
//     template's from a group's own work;
//   npm run build && node bench/evidence.js accuracy CHECKOUTS [--reports DIR] [--verbose]
//     precision and recall against groups' own ticks. CHECKOUTS holds one checkout per group, named owner+repo or
//     owner__repo; DIR (default ../shared/corpus/reports) holds each group's final report as owner__repo.md, copied to
//     the checkout's reports/README.md first. Precision: of the items with evidence, the share the group ticked.
//     Recall: of the ticked items that can leave a trace (a rule matches them), the share with evidence;
//   npm run build && node bench/evidence.js speed [FILES] [RUNS]
//     time of `evidence --json` on a generated git repository of FILES (5,000) tracked files; KEEP=1 keeps it.
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const cli = resolve(import.meta.dirname, '../bin/report-wizard.js');

const template = async (gitDir) => {
  if (!gitDir) {
    process.stderr.write('usage: node bench/evidence.js template GIT_DIR\n');
    process.exit(2);
  }
  const git = (...args) =>
    execFileSync('git', ['--git-dir', gitDir, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });

  const bundled = await build({
    stdin: {
      contents:
        "export { lineKey } from './src/evidence/line-key.ts'; export { templatePath } from './src/evidence/template-path.ts';",
      resolveDir: resolve(import.meta.dirname, '..'),
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
          'What the course cookiecutter template (SkafteNicki/mlops_template) ships, in every version up to `commit`: the paths it generates (package folder as *) and the keys of its lines (src/evidence/line-key.ts). Regenerate with `node bench/evidence.js template GIT_DIR`.',
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
};

const accuracy = (args) => {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      reports: { type: 'string', default: '../shared/corpus/reports' },
      verbose: { type: 'boolean' },
    },
  });
  if (positionals.length !== 1) {
    process.stderr.write('usage: node bench/evidence.js accuracy CHECKOUTS [--reports DIR] [--verbose]\n');
    process.exit(2);
  }
  const totals = { evidence: 0, evidenceTicked: 0, tickedTraceable: 0, tickedWithEvidence: 0 };
  for (const name of readdirSync(positionals[0]).sort()) {
    const checkout = resolve(positionals[0], name);
    // owner__repo.md, or a report pinned to a commit, owner__repo@COMMIT.md (check that commit out yourself).
    const stem = name.replace('+', '__');
    const report = [`${stem}.md`, ...readdirSync(values.reports).filter((f) => f.startsWith(`${stem}@`))]
      .map((f) => join(values.reports, f))
      .find((f) => existsSync(f));
    if (report === undefined) continue;
    // Where the repository keeps its report: reports/README.md, or the only one in a project folder.
    const tracked = execFileSync('git', ['-C', checkout, 'ls-files'], { encoding: 'utf8' })
      .split('\n')
      .filter((p) => p.endsWith('reports/README.md'));
    const target =
      tracked.includes('reports/README.md') || tracked.length !== 1 ? 'reports/README.md' : tracked[0];
    mkdirSync(dirname(join(checkout, target)), { recursive: true });
    copyFileSync(report, join(checkout, target));
    const started = performance.now();
    const { items } = JSON.parse(
      execFileSync(process.execPath, [cli, 'evidence', join(checkout, target), '--json'], {
        encoding: 'utf8',
      }),
    );
    const ms = performance.now() - started;
    const withEvidence = items.filter((i) => i.evidence.length > 0);
    // A ticked item can leave a trace when a rule matched it: it has evidence or is suggested for unticking.
    const tickedTraceable = items.filter(
      (i) => i.checked && (i.evidence.length > 0 || i.suggestion === 'uncheck'),
    );
    const row = {
      evidence: withEvidence.length,
      evidenceTicked: withEvidence.filter((i) => i.checked).length,
      tickedTraceable: tickedTraceable.length,
      tickedWithEvidence: tickedTraceable.filter((i) => i.evidence.length > 0).length,
    };
    for (const key of Object.keys(totals)) totals[key] += row[key];
    process.stdout.write(
      `${name}: ${items.length} items, precision ${row.evidenceTicked}/${row.evidence}, recall ${row.tickedWithEvidence}/${row.tickedTraceable} (${Math.round(ms)} ms)\n`,
    );
    if (values.verbose) {
      for (const i of items.filter((i) => i.suggestion !== null)) {
        const first = i.evidence[0];
        process.stdout.write(
          `  ${i.suggestion} ${i.number} ${i.text.slice(0, 70)}${first ? ` · ${first.path}: ${first.why}` : ''}\n`,
        );
      }
    }
  }
  const pct = (a, b) => `${((100 * a) / b).toFixed(1)}% (${a}/${b})`;
  process.stdout.write(
    `precision ${pct(totals.evidenceTicked, totals.evidence)} · recall ${pct(totals.tickedWithEvidence, totals.tickedTraceable)}\n`,
  );
};

const speed = (args) => {
  const count = Number(args[0] ?? 5000);
  const runs = Number(args[1] ?? 7);
  const root = mkdtempSync(join(tmpdir(), 'rw-evidence-speed-'));
  const put = (path, text) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  copyFileSync(resolve(import.meta.dirname, '../templates/demo/README.md'), join(root, 'README.md'));
  put('reports/README.md', '');
  copyFileSync(resolve(import.meta.dirname, '../templates/demo/README.md'), join(root, 'reports/README.md'));
  const body = (i) =>
    [
      `"""Module ${i}."""`,
      'import os',
      i % 97 === 0 ? 'import wandb' : 'import json',
      '',
      ...Array.from({ length: 60 }, (_, j) => `def f${j}(x: int) -> int:\n    return x + ${i * j}\n`),
    ].join('\n');
  for (let i = 0; i < count; i++) {
    const folder = `src/pkg/m${Math.floor(i / 50)}`;
    if (i % 10 === 0) put(`configs/c${i}.yaml`, `lr: 0.${i}\nbatch_size: 32\nnum_workers: 4\n`);
    else if (i % 10 === 1) put(`docs/n${i}.md`, `# Note ${i}\n\nWe use hydra and gs://bucket.\n`);
    else if (i % 500 === 2) put(`${folder}/big${i}.csv`, 'x,y\n'.repeat(100_000));
    else put(`${folder}/f${i}.py`, body(i));
  }
  execFileSync('git', ['init', '-q'], { cwd: root });
  execFileSync('git', ['add', '-A'], { cwd: root });
  const tracked = execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' })
    .trim()
    .split('\n').length;
  const childTicks = () => {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    return Number(fields[13]) + Number(fields[14]);
  };
  const times = [];
  const cpu = [];
  for (let r = 0; r < runs; r++) {
    const ticks = childTicks();
    const started = performance.now();
    execFileSync(process.execPath, [cli, 'evidence', root, '--json'], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    times.push(performance.now() - started);
    cpu.push((childTicks() - ticks) * 10);
  }
  const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
  process.stdout.write(
    `evidence --json on ${tracked} tracked files: wall median ${Math.round(median(times))} ms (min ${Math.round(times[0])} ms), CPU median ${median(cpu)} ms, ${runs} runs, load average ${loadavg()[0].toFixed(1)}\n`,
  );
  if (process.env.KEEP === undefined) rmSync(root, { recursive: true, force: true });
  else process.stdout.write(`kept ${root}\n`);
};

const [mode, ...args] = process.argv.slice(2);
if (mode === 'template') await template(args[0]);
else if (mode === 'accuracy') accuracy(args);
else if (mode === 'speed') speed(args);
else {
  process.stderr.write(
    'usage: node bench/evidence.js template GIT_DIR | accuracy CHECKOUTS | speed [FILES] [RUNS]\n',
  );
  process.exit(2);
}
