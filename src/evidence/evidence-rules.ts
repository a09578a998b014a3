/** One way an item can leave a trace in a repository (see the `$comment` of templates/evidence.json). */
export type EvidenceSource =
  | { repository: 'git' }
  | { path: string[]; why: string }
  | { import: string[] }
  | { dependency: string[] }
  | { line: string; in?: string[]; why: string };

/** The evidence rule of the checklist items whose text (and module tag) it matches. */
export interface EvidenceRule {
  id: string;
  /** Module tags (`M17`); an item with tags matches only when it shares one. */
  tags: string[];
  /** Case-insensitive regular expression over the item's text. */
  text: string;
  /** Whether files still the template's count (the item asks for the template itself). */
  template?: boolean;
  evidence: EvidenceSource[];
}

/** The rules file, `templates/evidence.json`. */
export interface EvidenceRules {
  rules: EvidenceRule[];
}

/** What the cookiecutter template ships, `templates/evidence-template.json`: paths and line keys, no code. */
export interface TemplatePrint {
  source: string;
  commit: string;
  paths: string[];
  lines: string[];
}
