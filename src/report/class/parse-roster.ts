/** A roster row: the group and its repository's URL. */
export interface RosterEntry {
  /** 1-based line of the row in the file. */
  line: number;
  group: string;
  url: string | null;
}

/** The cells of CSV text (RFC 4180: quoted cells may hold commas, quotes doubled, line breaks), row by row. */
export const csvRows = (text: string): { line: number; cells: string[] }[] => {
  const rows: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  const endRow = (): void => {
    cells.push(cell);
    if (cells.some((c) => c.trim() !== '')) rows.push({ line: rowLine, cells });
    cells = [];
    cell = '';
  };
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        cell += c;
      }
    } else if (c === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (c === ',') {
      cells.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && body[i + 1] === '\n') i++;
      endRow();
      line++;
      rowLine = line;
    } else cell += c;
  }
  if (cell !== '' || cells.length > 0) endRow();
  return rows;
};

const looksLikeUrl = (cell: string): boolean =>
  /^(?:https?:\/\/|ssh:\/\/|git@)/i.test(cell.trim()) || /github\.com[/:]/i.test(cell);

/**
 * The groups of a roster CSV: the group in the first column, the repository in the first cell that looks like a URL
 * (staff's own file has five student columns between them); a first row without a group number is the header.
 */
export const parseRoster = (text: string): RosterEntry[] => {
  const rows = csvRows(text);
  const body = rows.length > 0 && !/\d/.test(rows[0]!.cells[0] ?? '') ? rows.slice(1) : rows;
  return body.map(({ line, cells }) => ({
    line,
    group: (cells[0] ?? '').trim(),
    url: cells.slice(1).find(looksLikeUrl)?.trim() ?? null,
  }));
};

/**
 * The folder names a clone of `url` may have in a folder of clones, most specific first: `owner+repo` (as this
 * project's corpus names them), `owner__repo`, `owner/repo`, then `repo`, each also with `.git` (a bare mirror).
 */
export const cloneNames = (url: string): string[] => {
  const match = /[/:]([^/:]+)\/([^/]+?)(?:\.git)?\/?$/.exec(url.trim());
  if (match === null) return [];
  const [, owner, repo] = match as unknown as [string, string, string];
  const names = [`${owner}+${repo}`, `${owner}__${repo}`, `${owner}/${repo}`, repo];
  return names.flatMap((n) => [n, `${n}.git`]);
};
