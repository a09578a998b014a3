import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What `git merge-file -p` makes of three texts: its output and whether it conflicted. */
export const gitMergeFile = (
  base: string,
  ours: string,
  theirs: string,
): { text: string; clean: boolean } => {
  const dir = mkdtempSync(join(tmpdir(), 'merge-file-'));
  try {
    const files = { base, ours, theirs };
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    try {
      const text = execFileSync(
        'git',
        ['merge-file', '-p', '-L', 'ours', '-L', 'base', '-L', 'theirs', 'ours', 'base', 'theirs'],
        {
          cwd: dir,
          encoding: 'utf8',
        },
      );
      return { text, clean: true };
    } catch (error) {
      const { status, stdout } = error as { status: number; stdout: string };
      if (status > 0 && status < 128) return { text: stdout, clean: false };
      throw error;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

/** Whether a line merge's text holds conflict markers. */
export const hasMarkers = (text: string): boolean => /^(<{7}|>{7})( |$)/m.test(text);
