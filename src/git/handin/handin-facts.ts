import { join, resolve } from 'node:path';
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
import { readBlobIds, readObjects } from './read-objects.js';
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
 * missing images and the local state. Git plumbing only (`rev-parse`, `for-each-ref`, `rev-list`, `cat-file`,
 * `ls-tree`); nothing is checked out. Throws a `HandinError` only when there is no git or no repository.
 */
export const handinFacts = async (options: HandinOptions): Promise<HandinFacts> => {
  const git = options.git ?? gitProcess;
  const fs = options.fs ?? nodeFileSystem;
  const dir = options.dir;
  const run = async (args: string[], input?: string): Promise<string | null> => {
    const outcome = await git(args, dir, input);
    return outcome.ok ? outcome.stdout.toString('utf8') : null;
  };
  // One rev-parse for the kind of repository and HEAD; a HEAD that names no commit yet makes it fail, then two more.
  const basics = ['rev-parse', '--is-bare-repository', '--is-shallow-repository', '--show-cdup'];
  let first = await git([...basics, 'HEAD', '--symbolic-full-name', 'HEAD'], dir);
  let headSha: string | null = null;
  let headRef: string | null = null;
  if (first.ok) {
    // A bare repository has no work tree, so --show-cdup prints no line there.
    const lines = first.stdout.toString('utf8').split('\n');
    const [sha = '', ref = ''] = lines.slice(lines[0] === 'true' ? 2 : 3);
    headSha = sha || null;
    headRef = ref.startsWith('refs/') ? ref : null;
  } else {
    first = await git(basics, dir);
    if (!first.ok) {
      if (first.missing)
        throw new HandinError(
          'git is not installed (or not on PATH): the hand-in view reads your repository with git.',
        );
      throw new HandinError(notARepository(first.stderr, dir));
    }
    headRef = (await run(['symbolic-ref', '-q', 'HEAD']))?.trim() || null;
  }
  const [bareText, shallowText, cdup = ''] = first.stdout.toString('utf8').split('\n');
  const bare = bareText === 'true';
  const root = bare ? null : resolve(dir, cdup);
  const problems: string[] = [];
  if (shallowText === 'true')
    problems.push(
      'This is a shallow clone: older commits are missing, so the deadline walk and older drafts may be incomplete ' +
        '(git fetch --unshallow fetches them).',
    );
  if (!bare && headRef === null && headSha !== null)
    problems.push(
      `HEAD is detached (at ${shortSha(headSha)}): you are on no branch, so new commits belong to none.`,
    );
  const graphArgs = [
    'rev-list',
    commitGraphFormat[0]!,
    `${commitGraphFormat[1]!}%x1f%cI`,
    '--branches',
    '--remotes',
    ...(headSha === null ? [] : [headSha]),
  ];
  const [refsText, graphText] = await Promise.all([run(refsArgs), run(graphArgs)]);
  const { graph, isoDates } = readGraph(graphText ?? '');
  const refs = parseRefs(refsText ?? '');
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
  const gradedNow = gradedRef === null ? new Set<string>() : ancestors(graph, [gradedRef.sha]);
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

  // The other branches at the deadline, each with the commits of the graded line it forked from (its boundary).
  const candidates = branchesAtDeadline(refs.branches, gradedRef, graph, asOf, gradedAncestors).map((c) => {
    const own = ancestors(graph, [c.commit.sha], gradedAncestors);
    const boundary = new Set<string>();
    for (const sha of own)
      for (const p of graph.get(sha)?.parents ?? []) if (gradedAncestors.has(p)) boundary.add(p);
    return { ...c, own, boundary: [...boundary] };
  });
  const late =
    deadline?.passed === true && gradedRef !== null && gradedAt !== null && gradedRef.sha !== gradedAt.sha;
  const lateCommits = (paths: string[]) =>
    run(['rev-list', gradedRef!.sha, `^${gradedAt!.sha}`, '--', ...new Set(['reports/', ...paths])]);
  // Where the report is on each commit that matters, by blob id: the same text at many commits is read once.
  const idsAt = (path: string) =>
    readBlobIds(git, dir, [
      `${gradedAt?.sha ?? 'HEAD'}:${path}`,
      `${headSha ?? 'HEAD'}:${path}`,
      ...candidates.flatMap((c) => [c.commit.sha, ...c.boundary].map((sha) => `${sha}:${path}`)),
    ]);
  const [standardIds, treeText, lateText] = await Promise.all([
    idsAt(standardReportPath),
    gradedAt === null ? Promise.resolve(null) : run(['ls-tree', '-r', '-z', '--name-only', gradedAt.sha]),
    late ? lateCommits([]) : Promise.resolve(null),
  ]);
  const tree = new Set((treeText ?? '').split('\0').filter(Boolean));
  let ids = standardIds;
  let reportPath = standardReportPath;
  let lateShas = lateText;
  if (gradedAt !== null && ids[0] === null) {
    // No reports/README.md: the Markdown file with the most question headings, read at the graded commit.
    const markdown = [...tree].filter((p) => /\.md$/i.test(p));
    const blobs = await readObjects(
      git,
      dir,
      markdown.map((p) => `${gradedAt.sha}:${p}`),
    );
    const found = reportLikePath(markdown.map((p, i) => ({ path: p, text: text(blobs[i] ?? null) ?? '' })));
    const at = `${facts.graded!.branch} at ${shortSha(gradedAt.sha)}`;
    problems.push(
      found === null
        ? `${standardReportPath} is missing on ${at}, and no other Markdown file holds 10 or more "### Question N" headings: staff would find no report.`
        : `${standardReportPath} is missing on ${at}; the report-like file is ${found}. Staff look for ${standardReportPath}: move it back (git mv ${found} ${standardReportPath}).`,
    );
    if (found !== null) {
      reportPath = found;
      [ids, lateShas] = await Promise.all([
        idsAt(found),
        late ? lateCommits([found]) : Promise.resolve(null),
      ]);
      // A branch may still hold reports/README.md where the graded line moved it.
      ids = ids.map((id, i) => id ?? (i >= 2 ? standardIds[i]! : null));
    }
  }
  const [gradedId = null, headId = null] = ids;
  const candidateIds = candidates.map((_, i) => {
    const at = 2 + candidates.slice(0, i).reduce((n, c) => n + 1 + c.boundary.length, 0);
    return { tip: ids[at] ?? null, boundary: ids.slice(at + 1, at + 1 + candidates[i]!.boundary.length) };
  });
  // A branch with report work the graded line lacks: its report differs from where it forked, and from the graded one.
  const working = candidates.filter((_, i) => {
    const { tip, boundary } = candidateIds[i]!;
    return tip !== null && tip !== gradedId && !boundary.includes(tip);
  });
  const wantedIds = [
    ...new Set([gradedId, headId, ...working.map((c) => candidateIds[candidates.indexOf(c)]!.tip)]),
  ].filter((id): id is string => id !== null);
  const blobs = new Map<string, Buffer | null>();
  (await readObjects(git, dir, wantedIds)).forEach((blob, i) => blobs.set(wantedIds[i]!, blob));

  let gradedAnswers: AnswerWords[] | null = null;
  if (gradedAt !== null && gradedId !== null) {
    facts.report = { path: reportPath, foundBy: reportPath === standardReportPath ? 'standard' : 'headings' };
    facts.gradedText = text(blobs.get(gradedId) ?? null);
    if (facts.gradedText === null)
      problems.push(
        `${reportPath} on ${facts.graded!.branch} is not valid UTF-8: report.py would stop on it.`,
      );
    else {
      facts.judgement = judgeGraded({
        text: facts.gradedText,
        reportPath,
        tree,
        deadline: deadline?.time ?? null,
      });
      facts.missingImages = facts.judgement.missingImages;
      gradedAnswers = answerWords(facts.gradedText);
    }
  }
  facts.afterDeadline = (lateShas ?? '')
    .split('\n')
    .filter((sha) => graph.has(sha))
    .map((sha) => graph.get(sha)!)
    .sort((a, b) => b.time - a.time)
    .map((c) => fact(c, isoDates));

  // Stranded answers, branch by branch, answer by answer.
  const found: { candidate: (typeof candidates)[number]; answers: ReturnType<typeof findStranded> }[] = [];
  for (const candidate of working) {
    const branchText = text(blobs.get(candidateIds[candidates.indexOf(candidate)]!.tip!) ?? null);
    const name = candidate.names.join(', ');
    if (branchText === null) {
      problems.push(`${reportPath} on ${name} is not valid UTF-8: its answers were not compared.`);
      continue;
    }
    const answers = answerWords(branchText);
    if (answers.length === 0) {
      problems.push(
        `${reportPath} on ${name} has no "### Question N" headings: its answers were not compared.`,
      );
      continue;
    }
    const stranded = findStranded(gradedAnswers, answers);
    if (stranded.length > 0) found.push({ candidate, answers: stranded });
  }
  if (found.length > 0) {
    const histories = await reportHistories(
      git,
      dir,
      graph,
      reportPath,
      gradedAt?.sha ?? null,
      found.map((f) => f.candidate),
    );
    found.forEach(({ candidate, answers }, i) => {
      for (const answer of answers)
        facts.stranded.push({
          question: answer.question,
          reason: answer.reason,
          branch: candidate.names[0]!,
          ref: candidate.ref,
          local: candidate.local,
          ...fact(candidate.commit, isoDates),
          words: answer.words,
          defaultWords: answer.defaultWords,
          merged: gradedNow.has(candidate.commit.sha),
          likelySuperseded: isSuperseded({
            answer: answer.text,
            defaultAnswer: answer.defaultText,
            ...histories[i]!,
          }),
        });
    });
    facts.stranded.sort((a, b) => a.question - b.question || a.branch.localeCompare(b.branch));
  }

  if (!bare && root !== null) {
    const committed = headId === null ? null : (blobs.get(headId) ?? null);
    await readLocalState(facts, { fs, root, headSha, graph, refs, reportPath, tree, gradedNow, committed });
  }
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

/**
 * For each branch, the report's versions that tell an older draft from a lost answer: the graded line's since the
 * branch forked (with the fork point) and the branch's own (with the fork point). Blob ids first, so each distinct
 * text is read once.
 */
const reportHistories = async (
  git: GitProcess,
  dir: string,
  graph: CommitGraph,
  path: string,
  graded: string | null,
  branches: readonly { commit: Commit; own: Set<string>; boundary: string[] }[],
): Promise<{ branchHistory: ReportVersion[]; defaultHistory: ReportVersion[] }[]> => {
  const lines = branches.map((b) => ({
    branch: [...b.own, ...b.boundary],
    graded:
      graded === null ? [] : [...ancestors(graph, [graded], ancestors(graph, [b.commit.sha])), ...b.boundary],
  }));
  const shas = [...new Set(lines.flatMap((l) => [...l.branch, ...l.graded]))];
  const ids = await readBlobIds(
    git,
    dir,
    shas.map((sha) => `${sha}:${path}`),
  );
  const idOf = new Map(shas.map((sha, i) => [sha, ids[i] ?? null]));
  const unique = [...new Set(ids)].filter((id): id is string => id !== null);
  const texts = new Map<string, string | null>();
  (await readObjects(git, dir, unique)).forEach((blob, i) => texts.set(unique[i]!, text(blob)));
  // One version per distinct text, at the oldest commit that has it.
  const versions = (commits: readonly string[]): ReportVersion[] => {
    const oldest = new Map<string, number>();
    for (const sha of commits) {
      const id = idOf.get(sha);
      const time = graph.get(sha)?.time;
      if (id == null || time === undefined) continue;
      oldest.set(id, Math.min(oldest.get(id) ?? Infinity, time));
    }
    return [...oldest].flatMap(([id, time]) => {
      const t = texts.get(id);
      return t == null ? [] : [{ time, text: t }];
    });
  };
  return lines.map((l) => ({ branchHistory: versions(l.branch), defaultHistory: versions(l.graded) }));
};

/** The work tree against the graded version: uncommitted report changes, unpushed commits, merged, local images. */
const readLocalState = async (
  facts: HandinFacts,
  o: {
    fs: FileSystem;
    root: string;
    headSha: string | null;
    graph: CommitGraph;
    refs: ReturnType<typeof parseRefs>;
    reportPath: string;
    tree: ReadonlySet<string>;
    gradedNow: ReadonlySet<string>;
    committed: Buffer | null;
  },
): Promise<void> => {
  const file = join(o.root, ...o.reportPath.split('/'));
  const stat = await o.fs.stat(file);
  const working = stat?.isFile === true ? Buffer.from(await o.fs.readFile(file)) : null;
  facts.local.uncommitted =
    working === null ? o.committed !== null : o.committed === null || !o.committed.equals(working);
  const workingText = text(working);
  facts.local.matchesGraded = facts.gradedText === null ? null : workingText === facts.gradedText;
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
