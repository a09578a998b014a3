import { join } from 'node:path';
import type { FileSystem } from '../../io/file-system.js';
import { decodeReport } from '../../io/decode-report.js';
import { nodeFileSystem } from '../../io/node-file-system.js';
import { type AnswerWords, answerWords } from '../../report/handin/answer-words.js';
import { courseYear } from '../../report/handin/course-deadline.js';
import { type StrandedReason, findStranded } from '../../report/handin/find-stranded.js';
import { isSuperseded, type ReportVersion } from '../../report/handin/is-superseded.js';
import {
  type GradedJudgement,
  type MissingImage,
  imagePathFromRoot,
  judgeGraded,
} from '../../report/handin/judge-graded.js';
import { reportLikePath } from '../../report/handin/report-like-path.js';
import { lintContext } from '../../report/lints/lint-context.js';
import { parseReportStructure } from '../../report/parse-report.js';
import {
  type Commit,
  type CommitGraph,
  ancestors,
  commitAt,
  commitGraphFormat,
  parseCommitGraph,
} from './commit-graph.js';
import { type GitProcess, gitProcess } from './git-process.js';
import { type BranchRef, parseRefs, refsArgs } from './read-refs.js';
import { readObjects } from './read-objects.js';
import { resolveGraded } from './resolve-graded.js';

/** The standard place of the report, where staff look first. */
export const standardReportPath = 'reports/README.md';

/** A commit as the hand-in view names it. */
export interface CommitFact {
  commit: string;
  /** Committer date, ISO 8601 with the committer's offset. */
  date: string;
  subject: string;
}

/** An answer that lives on another branch while the graded version lacks it or has much less of it. */
export interface StrandedFact extends CommitFact {
  question: number;
  reason: StrandedReason;
  /** The branch's name (`Readme4`); `local` says whether it exists only in this clone. */
  branch: string;
  ref: string;
  local: boolean;
  words: number;
  defaultWords: number;
  /** Whether the branch's commit is in the graded branch today (merged after the deadline, or since). */
  merged: boolean;
  /** An older draft the default branch replaced on purpose (its text was there before, or the default's is newer). */
  likelySuperseded: boolean;
}

/** What the hand-in view knows about one repository, from git alone (plus the report file in the work tree). */
export interface HandinFacts {
  /** Clear lines about what could not be read or had to be assumed; the other facts are still given. */
  problems: string[];
  bare: boolean;
  /** The work tree's root, or null for a bare repository. */
  root: string | null;
  graded: (CommitFact & { branch: string; ref: string; assumed: string | null }) | null;
  /** Set when the graded branch names no commit at all. */
  gradedAssumed: string | null;
  report: { path: string; foundBy: 'standard' | 'headings' } | null;
  gradedText: string | null;
  judgement: GradedJudgement | null;
  deadline: {
    iso: string;
    time: number;
    year: number | null;
    source: 'option' | 'course';
    passed: boolean;
  } | null;
  stranded: StrandedFact[];
  afterDeadline: CommitFact[];
  missingImages: MissingImage[];
  /** Images the work tree's report links that exist on this disk but not in the graded commit. */
  localImages: MissingImage[];
  local: {
    /** The current branch, or null when HEAD is detached (or the repository is bare). */
    branch: string | null;
    uncommitted: boolean | null;
    unpushed: number | null;
    branchMerged: boolean | null;
    /** Whether the work tree's report is byte for byte the graded one. */
    matchesGraded: boolean | null;
  };
}

/** What `handinFacts` needs: where, as of when, and the outside world (git, the file system). */
export interface HandinOptions {
  /** A folder inside the work tree, or a (bare) git directory. */
  dir: string;
  /** The deadline as `--deadline` gave it (seconds, with its ISO text), or undefined for the course year's. */
  deadline?: { time: number; iso: string };
  /** Now, in seconds. */
  now: number;
  git?: GitProcess;
  fs?: FileSystem;
}

/** Why the hand-in view cannot run at all: one line a student can act on. */
export class HandinError extends Error {
  override readonly name = 'HandinError';
}

const text = (buffer: Buffer | null): string | null => (buffer === null ? null : decodeReport(buffer));
const shortSha = (sha: string): string => sha.slice(0, 7);

// Commit dates come as seconds; the ISO text with the committer's offset rides in the subject field's neighbour.
const fact = (commit: Commit, isoDates: Map<string, string>): CommitFact => ({
  commit: commit.sha,
  date: isoDates.get(commit.sha) ?? new Date(commit.time * 1000).toISOString(),
  subject: commit.subject,
});

const readGraph = (output: string): { graph: CommitGraph; isoDates: Map<string, string> } => {
  const isoDates = new Map<string, string>();
  // `%cI` is the last field so that `parseCommitGraph` reads the rest unchanged.
  const lines = output.split('\n').map((line) => {
    const cut = line.lastIndexOf('\x1f');
    if (cut < 0) return line;
    isoDates.set(line.slice(0, line.indexOf(' ')), line.slice(cut + 1));
    return line.slice(0, cut);
  });
  return { graph: parseCommitGraph(lines.join('\n')), isoDates };
};

const notARepository = (stderr: string, dir: string): string =>
  /not a git repository/i.test(stderr)
    ? `${dir} is not inside a git repository: staff read your group's repository on GitHub; run this in your clone.`
    : `git could not read ${dir}: ${stderr.split('\n')[0] ?? 'it failed'}.`;

/**
 * Every fact of the hand-in view for one repository (a work tree or a bare mirror) as of `deadline` (or now, while
 * it is ahead): the graded branch and commit, its report and verdict, stranded answers, commits after the deadline,
 * missing images and the local state. Git plumbing only (`rev-parse`, `for-each-ref`, `rev-list`, `cat-file --batch`,
 * `ls-tree`); nothing is checked out. Throws a `HandinError` only when there is no git or no repository.
 */
export const handinFacts = async (options: HandinOptions): Promise<HandinFacts> => {
  const git = options.git ?? gitProcess;
  const fs = options.fs ?? nodeFileSystem;
  const run = async (args: string[], input?: string): Promise<string | null> => {
    const outcome = await git(args, options.dir, input);
    return outcome.ok ? outcome.stdout.toString('utf8') : null;
  };
  const first = await git(['rev-parse', '--is-bare-repository', '--is-shallow-repository'], options.dir);
  if (!first.ok) {
    if (first.missing)
      throw new HandinError(
        'git is not installed (or not on PATH): the hand-in view reads your repository with git.',
      );
    throw new HandinError(notARepository(first.stderr, options.dir));
  }
  const [bareText, shallowText] = first.stdout.toString('utf8').split('\n');
  const bare = bareText === 'true';
  const problems: string[] = [];
  if (shallowText === 'true')
    problems.push(
      'This is a shallow clone: older commits are missing, so the deadline walk and older drafts may be incomplete ' +
        '(git fetch --unshallow fetches them).',
    );
  const [topText, headRefText, headShaText, refsText] = await Promise.all([
    bare ? Promise.resolve(null) : run(['rev-parse', '--show-toplevel']),
    run(['symbolic-ref', '-q', 'HEAD']),
    run(['rev-parse', '-q', '--verify', 'HEAD^{commit}']),
    run(refsArgs),
  ]);
  const root = topText?.trim() || null;
  const headRef = headRefText?.trim() || null;
  const headSha = headShaText?.trim() || null;
  if (!bare && headRef === null && headSha !== null)
    problems.push(
      `HEAD is detached (at ${shortSha(headSha)}): you are on no branch, so new commits belong to none.`,
    );
  const refs = parseRefs(refsText ?? '');
  const graphText = await run([
    'rev-list',
    ...commitGraphFormat.slice(0, 1),
    `${commitGraphFormat[1]!}%x1f%cI`,
    '--branches',
    '--remotes',
    ...(headSha === null ? [] : [headSha]),
  ]);
  const { graph, isoDates } = readGraph(graphText ?? '');

  // The deadline: given, or the course year's, picked from the commit dates.
  const course = options.deadline === undefined ? courseYear([...graph.values()].map((c) => c.time)) : null;
  const deadline =
    options.deadline !== undefined
      ? {
          ...options.deadline,
          year: null,
          source: 'option' as const,
          passed: options.deadline.time <= options.now,
        }
      : course !== null
        ? {
            iso: course.iso,
            time: course.time,
            year: course.year,
            source: 'course' as const,
            passed: course.time <= options.now,
          }
        : null;
  if (deadline === null)
    problems.push(
      'No course year matches the commit dates (known deadlines: 2023 to 2026): give --deadline ISO-TIME to see it.',
    );
  const asOf = deadline?.passed === true ? deadline.time : Infinity;

  const resolved = resolveGraded(refs, { bare, head: headRef });
  if (resolved.assumed !== null) problems.push(resolved.assumed);
  const gradedRef = resolved.branch;
  const gradedAt = gradedRef === null ? null : commitAt(graph, gradedRef.sha, gradedRef.name, asOf);
  if (gradedRef !== null && gradedAt === null)
    problems.push(
      `${displayName(gradedRef)} had no commit before the deadline: staff would have found nothing to grade.`,
    );
  const gradedAncestors = gradedAt === null ? new Set<string>() : ancestors(graph, [gradedAt.sha]);

  const facts: HandinFacts = {
    problems,
    bare,
    root,
    graded:
      gradedRef === null || gradedAt === null
        ? null
        : {
            ...fact(gradedAt, isoDates),
            branch: displayName(gradedRef),
            ref: gradedRef.ref,
            assumed: resolved.assumed,
          },
    gradedAssumed: resolved.assumed,
    report: null,
    gradedText: null,
    judgement: null,
    deadline,
    stranded: [],
    afterDeadline: [],
    missingImages: [],
    localImages: [],
    local: {
      branch: headRef?.replace(/^refs\/heads\//, '') ?? null,
      uncommitted: null,
      unpushed: null,
      branchMerged: null,
      matchesGraded: null,
    },
  };

  // The graded report: reports/README.md, else the Markdown file with the most question headings.
  let tree = new Set<string>();
  let gradedAnswers: AnswerWords[] | null = null;
  if (gradedAt !== null) {
    const [[standard], treeText] = await Promise.all([
      readObjects(git, options.dir, [`${gradedAt.sha}:${standardReportPath}`]),
      run(['ls-tree', '-r', '-z', '--name-only', gradedAt.sha]),
    ]);
    tree = new Set((treeText ?? '').split('\0').filter(Boolean));
    let path: string | null = standard === null ? null : standardReportPath;
    let bytes = standard ?? null;
    if (path === null) {
      const markdown = [...tree].filter((p) => /\.md$/i.test(p));
      const blobs = await readObjects(
        git,
        options.dir,
        markdown.map((p) => `${gradedAt.sha}:${p}`),
      );
      path = reportLikePath(markdown.map((p, i) => ({ path: p, text: text(blobs[i] ?? null) ?? '' })));
      bytes = path === null ? null : (blobs[markdown.indexOf(path)] ?? null);
      problems.push(
        path === null
          ? `${standardReportPath} is missing on ${facts.graded!.branch} at ${shortSha(gradedAt.sha)}, and no other Markdown file holds 10 or more "### Question N" headings: staff would find no report.`
          : `${standardReportPath} is missing on ${facts.graded!.branch} at ${shortSha(gradedAt.sha)}; the report-like file is ${path}. Staff look for ${standardReportPath}: move it back (git mv ${path} ${standardReportPath}).`,
      );
    }
    if (path !== null) {
      facts.report = { path, foundBy: path === standardReportPath ? 'standard' : 'headings' };
      facts.gradedText = text(bytes);
      if (facts.gradedText === null)
        problems.push(`${path} on ${facts.graded!.branch} is not valid UTF-8: report.py would stop on it.`);
      else {
        facts.judgement = judgeGraded({
          text: facts.gradedText,
          reportPath: path,
          tree,
          deadline: deadline?.time ?? null,
        });
        facts.missingImages = facts.judgement.missingImages;
        gradedAnswers = answerWords(facts.gradedText);
      }
    }
  }
  const reportPath = facts.report?.path ?? standardReportPath;
  const reportPaths =
    reportPath === standardReportPath ? [standardReportPath] : [standardReportPath, reportPath];

  // Commits that touched the report, on any branch: what "report work the default branch lacks" is made of.
  const candidates = branchesAtDeadline(refs.branches, gradedRef, graph, asOf, gradedAncestors);
  const [touchedText, candidateBlobs] = await Promise.all([
    run([
      'rev-list',
      '--full-history',
      '--branches',
      '--remotes',
      ...(headSha === null ? [] : [headSha]),
      '--',
      ...new Set(['reports/', ...reportPaths]),
    ]),
    readObjects(
      git,
      options.dir,
      candidates.flatMap((c) => reportPaths.map((p) => `${c.commit.sha}:${p}`)),
    ),
  ]);
  const touched = new Set((touchedText ?? '').split('\n').filter(Boolean));

  // As `git log TIP ^AT -- paths` lists them (history simplified, so a merge that changed nothing is left out).
  if (
    deadline?.passed === true &&
    gradedRef !== null &&
    gradedAt !== null &&
    gradedRef.sha !== gradedAt.sha
  ) {
    const lateText = await run([
      'rev-list',
      gradedRef.sha,
      `^${gradedAt.sha}`,
      '--',
      ...new Set(['reports/', ...reportPaths]),
    ]);
    facts.afterDeadline = (lateText ?? '')
      .split('\n')
      .filter((sha) => graph.has(sha))
      .map((sha) => graph.get(sha)!)
      .sort((a, b) => b.time - a.time)
      .map((c) => fact(c, isoDates));
  }

  // Stranded answers: branches with report commits the graded line lacks, answer by answer.
  const gradedNow = gradedRef === null ? new Set<string>() : ancestors(graph, [gradedRef.sha]);
  const strandedRaw: { candidate: BranchAtDeadline; path: string; found: ReturnType<typeof findStranded> }[] =
    [];
  candidates.forEach((candidate, i) => {
    const own = ancestors(graph, [candidate.commit.sha], gradedAncestors);
    if (![...own].some((sha) => touched.has(sha))) return;
    const at = reportPaths.findIndex((_, j) => candidateBlobs[i * reportPaths.length + j] !== null);
    if (at < 0) return;
    const branchText = text(candidateBlobs[i * reportPaths.length + at]!);
    const name = candidate.names.join(', ');
    if (branchText === null) {
      problems.push(`${reportPaths[at]} on ${name} is not valid UTF-8: its answers were not compared.`);
      return;
    }
    const answers = answerWords(branchText);
    if (answers.length === 0) {
      problems.push(
        `${reportPaths[at]} on ${name} has no "### Question N" headings: its answers were not compared.`,
      );
      return;
    }
    const found = findStranded(gradedAnswers, answers);
    if (found.length > 0) strandedRaw.push({ candidate, path: reportPaths[at]!, found });
  });
  if (strandedRaw.length > 0) {
    const versions = await reportHistory(git, options.dir, graph, touched, [
      { tip: gradedAt?.sha ?? null, path: reportPath },
      ...strandedRaw.map((s) => ({ tip: s.candidate.commit.sha, path: s.path })),
    ]);
    const defaultHistory = versions[0]!;
    strandedRaw.forEach((s, i) => {
      for (const answer of s.found) {
        facts.stranded.push({
          question: answer.question,
          reason: answer.reason,
          branch: s.candidate.names[0]!,
          ref: s.candidate.ref,
          local: s.candidate.local,
          ...fact(s.candidate.commit, isoDates),
          words: answer.words,
          defaultWords: answer.defaultWords,
          merged: gradedNow.has(s.candidate.commit.sha),
          likelySuperseded: isSuperseded({
            answer: answer.text,
            defaultAnswer: answer.defaultText,
            branchHistory: versions[i + 1]!,
            defaultHistory,
          }),
        });
      }
    });
    facts.stranded.sort((a, b) => a.question - b.question || a.branch.localeCompare(b.branch));
  }

  if (!bare && root !== null)
    await readLocalState(facts, {
      git,
      fs,
      dir: options.dir,
      root,
      headSha,
      graph,
      refs,
      reportPath,
      tree,
      gradedNow,
    });
  return facts;
};

const displayName = (branch: BranchRef): string =>
  branch.remote === null ? branch.name : `${branch.remote}/${branch.name}`;

/** A branch's commit at the deadline, with every branch name that points there (a local copy and its remote's). */
interface BranchAtDeadline {
  commit: Commit;
  names: string[];
  ref: string;
  /** Whether only local branches point there (never pushed as such). */
  local: boolean;
}

/** The other branches' commits at the deadline that the graded line does not already hold, one per commit. */
const branchesAtDeadline = (
  branches: readonly BranchRef[],
  graded: BranchRef | null,
  graph: CommitGraph,
  asOf: number,
  gradedAncestors: ReadonlySet<string>,
): BranchAtDeadline[] => {
  const byCommit = new Map<string, BranchAtDeadline>();
  // Remote-tracking branches first, so that a branch is named as GitHub has it.
  const ordered = [...branches].sort((a, b) => Number(a.remote === null) - Number(b.remote === null));
  for (const branch of ordered) {
    if (branch.ref === graded?.ref) continue;
    const commit = commitAt(graph, branch.sha, branch.name, asOf);
    if (commit === null || gradedAncestors.has(commit.sha)) continue;
    const seen = byCommit.get(commit.sha);
    if (seen === undefined)
      byCommit.set(commit.sha, {
        commit,
        names: [branch.name],
        ref: branch.ref,
        local: branch.remote === null,
      });
    else if (!seen.names.includes(branch.name)) seen.names.push(branch.name);
  }
  return [...byCommit.values()];
};

/** Each tip's report versions (the report at every commit that touched it in the tip's history), in one batch. */
const reportHistory = async (
  git: GitProcess,
  dir: string,
  graph: CommitGraph,
  touched: ReadonlySet<string>,
  lines: readonly { tip: string | null; path: string }[],
): Promise<ReportVersion[][]> => {
  const asks = lines.map((line) =>
    line.tip === null ? [] : [...ancestors(graph, [line.tip])].filter((sha) => touched.has(sha)),
  );
  const names = asks.flatMap((shas, i) => shas.map((sha) => `${sha}:${lines[i]!.path}`));
  const unique = [...new Set(names)];
  const blobs = await readObjects(git, dir, unique);
  const byName = new Map(unique.map((name, i) => [name, text(blobs[i] ?? null)]));
  return asks.map((shas, i) =>
    shas.flatMap((sha) => {
      const t = byName.get(`${sha}:${lines[i]!.path}`);
      return t === null || t === undefined ? [] : [{ time: graph.get(sha)!.time, text: t }];
    }),
  );
};

/** The work tree against the graded version: uncommitted report changes, unpushed commits, merged, local images. */
const readLocalState = async (
  facts: HandinFacts,
  o: {
    git: GitProcess;
    fs: FileSystem;
    dir: string;
    root: string;
    headSha: string | null;
    graph: CommitGraph;
    refs: ReturnType<typeof parseRefs>;
    reportPath: string;
    tree: ReadonlySet<string>;
    gradedNow: ReadonlySet<string>;
  },
): Promise<void> => {
  const file = join(o.root, ...o.reportPath.split('/'));
  const stat = await o.fs.stat(file);
  const working = stat?.isFile === true ? Buffer.from(await o.fs.readFile(file)) : null;
  const committed =
    o.headSha === null
      ? null
      : ((await readObjects(o.git, o.dir, [`${o.headSha}:${o.reportPath}`]))[0] ?? null);
  facts.local.uncommitted =
    working === null ? committed !== null : committed === null || !committed.equals(working);
  const workingText = text(working);
  facts.local.matchesGraded = facts.gradedText !== null && workingText === facts.gradedText;
  const remoteTips = o.refs.branches.filter((b) => b.remote !== null).map((b) => b.sha);
  if (o.headSha !== null) {
    if (remoteTips.length > 0)
      facts.local.unpushed = ancestors(o.graph, [o.headSha], ancestors(o.graph, remoteTips)).size;
    facts.local.branchMerged = facts.graded === null ? null : o.gradedNow.has(o.headSha);
  }
  if (workingText === null) return;
  const { images } = lintContext(parseReportStructure(workingText));
  const seen = new Set<string>();
  for (const image of images) {
    if (image.remote || image.path === '') continue;
    const path = imagePathFromRoot(o.reportPath, image.path);
    if (o.tree.has(path) || seen.has(path)) continue;
    seen.add(path);
    if ((await o.fs.stat(join(o.root, ...path.split('/'))))?.isFile === true)
      facts.localImages.push({ question: image.question, path });
  }
};
