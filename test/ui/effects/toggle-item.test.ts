import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/report/parse-report.js';
import { setChecked } from '../../../src/report/set-checked.js';
import { createWriteQueue, type QueuedDoc } from '../../../src/ui/create-write-queue.js';
import { toggleItem } from '../../../src/ui/effects/toggle-item.js';
import { initialWizardState, type WizardAction } from '../../../src/ui/wizard-reducer.js';
import { makeReport } from '../../helpers/make-report.js';
import { memoryFileSystem } from '../../helpers/memory-file-system.js';

const path = '/g/reports/README.md';
const encoder = new TextEncoder();
const decoder = new TextDecoder();
const load = (text: string, bytes: Uint8Array): QueuedDoc => ({ text, bytes, report: parseReport(text) });

const setup = () => {
  const original = makeReport();
  const files = new Map([[path, encoder.encode(original)]]);
  const fs = memoryFileSystem(files);
  const writes = createWriteQueue({ fs, path, initial: load(original, files.get(path)!), load });
  const notices: WizardAction[] = [];
  const context = {
    writes,
    getState: () => initialWizardState(),
    dispatch: (action: WizardAction) => notices.push(action),
    path,
  };
  const ticked = (): number[] =>
    parseReport(decoder.decode(files.get(path)))
      .items.filter((item) => item.checked)
      .map((item) => item.index);
  /** A CLI `toggle` of item `index` that holds the writers' lock until `finish` is called. */
  const cliTick = (index: number) => {
    let finish = (): void => undefined;
    const gate = new Promise<void>((resolve) => (finish = resolve));
    let locked = (): void => undefined;
    const holding = new Promise<void>((resolve) => (locked = resolve));
    const done = fs.withLock(path, async () => {
      locked();
      await gate;
      const bytes = await fs.readFile(path);
      await fs.writeFileAtomic(path, setChecked(parseReport(decoder.decode(bytes)), index, true), bytes);
    });
    return { holding, finish, done };
  };
  return { context, notices, ticked, cliTick, files };
};

describe('toggleItem', () => {
  it('should tick an item on top of a CLI toggle of another item under way, losing neither', async () => {
    const { context, notices, ticked, cliTick } = setup();
    const cli = cliTick(2);
    await cli.holding;
    const toggle = toggleItem(context, 1);
    cli.finish();
    await Promise.all([cli.done, toggle]);
    // Before: the wizard's toggle was refused as stale ("press Space again") and item 1 stayed unticked.
    expect(ticked()).toEqual([1, 2]);
    expect(notices).toEqual([]);
  });

  it('should not undo a CLI tick of the same item: the box is set as the student saw it pressed, once', async () => {
    const { context, ticked, cliTick } = setup();
    const cli = cliTick(1);
    await cli.holding;
    const toggle = toggleItem(context, 1);
    cli.finish();
    await Promise.all([cli.done, toggle]);
    expect(ticked()).toEqual([1]);
  });

  it('should apply two Spaces queued on one item in turn, on top of the CLI’s change', async () => {
    const { context, ticked, cliTick } = setup();
    const cli = cliTick(3);
    await cli.holding;
    const first = toggleItem(context, 1);
    const second = toggleItem(context, 1);
    const third = toggleItem(context, 2);
    cli.finish();
    await Promise.all([cli.done, first, second, third]);
    expect(ticked()).toEqual([2, 3]);
  });

  it('should refuse, and say so, when the item changed on disk under it', async () => {
    const { context, notices, ticked, files } = setup();
    const { text, report } = context.writes.current();
    const item = report.items[0]!;
    const renamed = text.replace(item.text, 'Renamed item');
    files.set(path, encoder.encode(renamed));
    await toggleItem(context, 1);
    expect(decoder.decode(files.get(path))).toBe(renamed);
    expect(ticked()).toEqual([]);
    expect(notices).toEqual([
      { type: 'NOTIFY', message: 'The file changed on disk and was read again: press Space again.' },
    ]);
  });
});
