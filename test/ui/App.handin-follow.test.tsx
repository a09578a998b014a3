import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'ink-testing-library';
import { afterEach, expect, test, vi } from 'vitest';
import { handinFacts } from '../../src/git/handin/handin-facts.js';
import { watchGitDir } from '../../src/git/watch-git-dir.js';
import { nodeFileSystem } from '../../src/io/node-file-system.js';
import { memoryStateStore } from '../../src/io/state-store.js';
import { checkReport } from '../../src/report/check-report.js';
import { parseReport } from '../../src/report/parse-report.js';
import { App } from '../../src/ui/App.js';
import { startState } from '../../src/ui/wizard-reducer.js';
import { tempFolders } from '../helpers/temp-folders.js';
import { git } from '../helpers/test-git.js';

const temp = tempFolders();
const minimal = readFileSync(new URL('../fixtures/reports/minimal-2026.md', import.meta.url), 'utf8');
// Far from any deadline, so the badge says only what git says.
const now = Date.parse('2026-03-01T12:00:00Z');
const poll = <T,>(read: () => T) => expect.poll(read, { timeout: 10_000, interval: 10 });

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

test('should drop "unpushed" from the hand-in badge after a git push from another shell', async () => {
  const origin = temp('handin-follow-origin-');
  git(origin, 'init', '-q', '--bare', '-b', 'main');
  const dir = temp('handin-follow-clone-');
  git(dir, 'clone', '-q', origin, '.');
  git(dir, 'checkout', '-q', '-b', 'main');
  mkdirSync(join(dir, 'reports'));
  const path = join(dir, 'reports/README.md');
  writeFileSync(path, minimal);
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', 'report');
  git(dir, 'push', '-q', '-u', 'origin', 'main');
  git(dir, 'remote', 'set-head', 'origin', 'main');
  git(dir, 'commit', '-q', '--allow-empty', '-m', 'not pushed yet');
  const handin = vi.fn(() => handinFacts({ dir: join(dir, 'reports'), now: now / 1000 }));
  const app = render(
    <App
      path={path}
      displayPath="reports/README.md"
      text={minimal}
      bytes={new TextEncoder().encode(minimal)}
      fs={nodeFileSystem}
      store={memoryStateStore()}
      start={startState({ report: parseReport(minimal), check: checkReport(minimal, '2026'), saved: null })}
      figures={[]}
      size={{ columns: 120, rows: 24 }}
      color={false}
      now={() => now}
      handin={handin}
      watchGit={watchGitDir(nodeFileSystem, dir, 50)}
    />,
  );
  cleanup = app.unmount;
  const header = () => app.lastFrame()!.split('\n')[0];
  await poll(header).toBe(
    'report.py 4/31 pass · 0/31 answered · checklist 0/11 · reports/README.md · hand-in: unpushed',
  );
  const reads = handin.mock.calls.length;
  git(dir, 'push', '-q');
  await poll(header).toBe('report.py 4/31 pass · 0/31 answered · checklist 0/11 · reports/README.md');
  expect(handin.mock.calls.length).toBeGreaterThan(reads);
});
