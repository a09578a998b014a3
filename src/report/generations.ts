import checkerData from '../../templates/checkers.json' with { type: 'json' };
import generationData from '../../templates/generations.json' with { type: 'json' };
import type { GenerationId } from './model.js';

/** A question's limits as report.py enforces them (inclusive); null where it checks nothing. */
export interface Constraint {
  words: [number, number] | null;
  images: [number, number] | null;
}

/** One upstream report.py version. */
export interface CheckerVersion {
  /** `YYYY-MM-DD.shorthash` of the upstream commit. */
  version: string;
  sha256: string;
  /** Constraint per answer position (index = question - 1); null = no constraint. */
  constraints: (Constraint | null)[];
  /** `legacy` (<= 2024-11-25): drops 43 characters and the first kept chunk; `current`: pops the first chunk. */
  algorithm: 'legacy' | 'current';
  expectedAnswers: number;
  /** The ValueError text raised when the answer count differs. */
  countMessage: string;
  /** How it reports failures: `warnings` (TeacherWarning lines) or `loguru` (log lines with a total). */
  output: 'warnings' | 'loguru';
  /** The 2022-12-29 and 2023-01-06 versions say "Question 0" for the first answer. */
  numbersFromZero: boolean;
  /** The error this version raises on every report before checking anything (three 2024-11-04 commits), or null. */
  crashes: string | null;
}

/** A template generation: how to recognise it and which report.py graded it. */
export interface Generation {
  id: GenerationId;
  label: string;
  questions: number;
  checker: CheckerVersion;
  recognise: { questions: number; lengthWording?: string; q3Length?: [number, number] };
}

type RawConstraint = { words?: number[]; images?: number[] } | null;
const toConstraint = (raw: RawConstraint): Constraint | null =>
  raw === null
    ? null
    : {
        words: raw.words ? [raw.words[0]!, raw.words[1]!] : null,
        images: raw.images ? [raw.images[0]!, raw.images[1]!] : null,
      };

const tables = checkerData.tables as Record<string, RawConstraint[]>;

/** Every upstream report.py version, oldest first. */
export const checkers: CheckerVersion[] = checkerData.versions.map((v) => ({
  version: v.version,
  sha256: v.sha256,
  constraints: tables[v.table]!.map(toConstraint),
  algorithm: v.algorithm as CheckerVersion['algorithm'],
  expectedAnswers: v.expectedAnswers,
  countMessage: v.countMessage,
  output: v.output as CheckerVersion['output'],
  numbersFromZero: v.numbersFromZero,
  crashes: ('crashes' in v ? v.crashes : undefined) ?? null,
}));

/** The report.py version with this name (`2026-01-09.e3622b47`), or undefined. */
export const checkerByVersion = (version: string): CheckerVersion | undefined =>
  checkers.find((c) => c.version === version);

/** The upstream report.py whose bytes hash to `sha256`, or undefined for a modified or unknown copy. */
export const checkerBySha256 = (sha256: string): CheckerVersion | undefined =>
  checkers.find((c) => c.sha256 === sha256.toLowerCase());

/** Every template generation, oldest first. */
export const generations: Generation[] = generationData.generations.map((g) => ({
  id: g.id as GenerationId,
  label: g.label,
  questions: g.questions,
  checker: checkerByVersion(g.checker)!,
  recognise: g.recognise as Generation['recognise'],
}));

/** The generation staff grade with today. */
export const newestGeneration: Generation = generations[generations.length - 1]!;

/** The newest report.py: the one staff grade with. */
export const newestChecker: CheckerVersion = checkers[checkers.length - 1]!;

/** The generation with this id (throws on an unknown id: ids come from a closed set). */
export const generationById = (id: GenerationId): Generation => {
  const found = generations.find((g) => g.id === id);
  if (!found) throw new Error(`Unknown template generation ${id}`);
  return found;
};
