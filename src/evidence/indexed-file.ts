import type { Provenance } from './classify-file.js';
import type { RepositoryFile } from './repository-snapshot.js';

/** A repository file's lines, imports and provenance, worked out once and only for files a rule looks into. */
export class IndexedFile {
  #lines: string[] | undefined;
  #lowerText: string | undefined;
  #imports: Map<string, number> | undefined;
  #provenance: Provenance | undefined;

  constructor(
    readonly file: RepositoryFile,
    private readonly classify: (text: string) => Provenance,
  ) {}

  get lines(): string[] {
    return (this.#lines ??= (this.file.text ?? '').split(/\r\n|\r|\n/));
  }

  /** The text lower-cased, for looking for a line rule's literals in it once for all rules (`requiredLiterals`). */
  get lowerText(): string {
    return (this.#lowerText ??= (this.file.text ?? '').toLowerCase());
  }

  /** Modules a Python file or notebook imports (each dotted prefix too), with the first line that does. */
  get imports(): Map<string, number> {
    if (this.#imports) return this.#imports;
    const found = new Map<string, number>();
    const text = this.file.text ?? '';
    let line = 1;
    let at = 0;
    for (const match of text.matchAll(/^[ \t]*"?[ \t]*(?:from|import)[ \t]+([\w.]+)/gm)) {
      // Lines end as `lines` splits them: \r\n, \r or \n.
      for (; at < match.index; at++) {
        const c = text.charCodeAt(at);
        if (c === 10 || (c === 13 && text.charCodeAt(at + 1) !== 10)) line++;
      }
      const parts = match[1]!.split('.');
      for (let i = 1; i <= parts.length; i++) {
        const name = parts.slice(0, i).join('.');
        if (!found.has(name)) found.set(name, line);
      }
    }
    return (this.#imports = found);
  }

  /** Files not read (binary, large) cannot be compared with the template and count as the group's. */
  get provenance(): Provenance {
    return (this.#provenance ??= this.file.text === null ? 'own' : this.classify(this.file.text));
  }
}
