import { describe, expect, it } from 'vitest';
import type { FileSystem } from '../../src/io/file-system.js';
import { parseReport } from '../../src/report/parse-report.js';
import { setAnswer } from '../../src/report/set-answer.js';
import { type QueuedDoc, createWriteQueue } from '../../src/ui/create-write-queue.js';
import { makeReport } from '../helpers/make-report.js';

const path = '/r/README.md';
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** A fake file system holding one file, refusing a write whose expected bytes are not the file's. */
const fakeFs = (text: string) => {
  let bytes: Uint8Array = encoder.encode(text);
  const log: string[] = [];
  const fs: FileSystem = {
    readFile: async () => {
      log.push('read');
      return Promise.resolve(bytes);
    },
    stat: async () => Promise.resolve(null),
    readdir: async () => Promise.resolve([]),
    withLock: async (_path, run) => run(),
    writeFileAtomic: async (_p, data, expected) => {
      log.push('write');
      if (!Buffer.from(bytes).equals(Buffer.from(expected))) throw new Error('changed on disk');
      bytes = encoder.encode(data);
      return Promise.resolve();
    },
    appendFile: async () => Promise.reject(new Error('not used')),
  };
  return {
    fs,
    log,
    text: () => decoder.decode(bytes),
    set: (next: string | Uint8Array) => (bytes = typeof next === 'string' ? encoder.encode(next) : next),
  };
};

const load = (text: string, bytes: Uint8Array): QueuedDoc => ({ text, bytes, report: parseReport(text) });
const setup = (text: string) => {
  const disk = fakeFs(text);
  const docs: QueuedDoc[] = [];
  const queue = createWriteQueue({
    fs: disk.fs,
    path,
    initial: load(text, encoder.encode(text)),
    load,
    onDoc: (doc) => docs.push(doc),
  });
  return { disk, docs, queue };
};
const answer = (n: number, text: string) => (report: QueuedDoc['report']) => setAnswer(report, n, text);
const always = () => true;

describe('createWriteQueue', () => {
  const original = makeReport();

  it('should write a change and keep the written text as the current doc', async () => {
    const { disk, queue, docs } = setup(original);
    expect(await queue.write(answer(1, 'one'), always)).toEqual({ kind: 'written' });
    expect(disk.text()).toBe(setAnswer(parseReport(original), 1, 'one'));
    expect(queue.current().text).toBe(disk.text());
    expect(docs).toHaveLength(1);
  });

  it('should not touch the file for a change that changes nothing', async () => {
    const { disk, queue } = setup(original);
    expect(await queue.write((report) => report.text, always)).toEqual({ kind: 'written' });
    expect(disk.log).toEqual([]);
  });

  it('should run writes one after another, each on the text the previous one left', async () => {
    const { disk, queue } = setup(original);
    const results = await Promise.all([
      queue.write(answer(1, 'one'), always),
      queue.write(answer(2, 'two'), always),
    ]);
    expect(results).toEqual([{ kind: 'written' }, { kind: 'written' }]);
    expect(disk.text()).toBe(setAnswer(parseReport(setAnswer(parseReport(original), 1, 'one')), 2, 'two'));
  });

  it('should read a file changed on disk again and retry when the change is still valid', async () => {
    const { disk, queue } = setup(original);
    const elsewhere = setAnswer(parseReport(original), 3, 'elsewhere');
    disk.set(elsewhere);
    expect(await queue.write(answer(1, 'one'), always)).toEqual({ kind: 'written' });
    expect(disk.text()).toBe(setAnswer(parseReport(elsewhere), 1, 'one'));
    expect(disk.log).toEqual(['read', 'write']);
  });

  it('should say stale, and write nothing, when the re-read file no longer suits the change', async () => {
    const { disk, queue } = setup(original);
    const elsewhere = setAnswer(parseReport(original), 1, 'elsewhere');
    disk.set(elsewhere);
    expect(await queue.write(answer(1, 'one'), () => false)).toEqual({ kind: 'stale' });
    expect(disk.text()).toBe(elsewhere);
    expect(queue.current().text).toBe(elsewhere);
  });

  it('should fail with the reason, and keep the file, when it changed into something other than UTF-8', async () => {
    const { disk, queue } = setup(original);
    const latin1 = new Uint8Array([...encoder.encode(original), 0xe9]);
    disk.set(latin1);
    expect(await queue.write(answer(1, 'one'), always)).toEqual({
      kind: 'failed',
      message: 'The report changed on disk and is no longer UTF-8: nothing was written.',
    });
  });

  it('should fail with the error’s message when the write fails for another reason, and go on after it', async () => {
    const { disk, queue } = setup(original);
    disk.fs.writeFileAtomic = async () => Promise.reject(new Error('read-only'));
    disk.fs.readFile = async () => Promise.reject(new Error('gone'));
    expect(await queue.write(answer(1, 'one'), always)).toEqual({ kind: 'failed', message: 'read-only' });
    expect(await queue.write((r) => r.text, always)).toEqual({ kind: 'written' });
  });

  it('should find its own write no news on reading again, and another writer’s bytes a new doc', async () => {
    const { disk, queue, docs } = setup(original);
    const read = async () => Promise.resolve({ text: disk.text(), bytes: encoder.encode(disk.text()) });
    await queue.write(answer(1, 'Ours.'), always);
    expect(await queue.reread(read)).toEqual({ kind: 'same' });
    const before = queue.current();
    disk.set(setAnswer(parseReport(disk.text()), 2, 'Theirs.'));
    const outcome = await queue.reread(read);
    expect(outcome).toEqual({ kind: 'changed', before, after: queue.current() });
    expect(queue.current().text).toBe(disk.text());
    expect(docs.at(-1)).toBe(queue.current());
  });

  it('should read again only once the write before it is done', async () => {
    const { disk, queue } = setup(original);
    const seen: string[] = [];
    const read = async () => {
      seen.push(disk.text());
      return Promise.resolve({ text: disk.text(), bytes: encoder.encode(disk.text()) });
    };
    const written = queue.write(answer(1, 'Ours.'), always);
    const reread = queue.reread(read);
    await Promise.all([written, reread]);
    expect(seen).toEqual([setAnswer(parseReport(original), 1, 'Ours.')]);
    expect(await reread).toEqual({ kind: 'same' });
  });

  it('should write nothing while held, with the reason, and write again once released', async () => {
    const { disk, queue } = setup(original);
    queue.hold('The report is gone.');
    expect(await queue.write(answer(1, 'Ours.'), always)).toEqual({
      kind: 'failed',
      message: 'The report is gone.',
    });
    expect(disk.log).toEqual([]);
    queue.hold(null);
    expect(await queue.write(answer(1, 'Ours.'), always)).toEqual({ kind: 'written' });
    expect(disk.text()).toBe(setAnswer(parseReport(original), 1, 'Ours.'));
  });

  it('should change nothing when reading again fails', async () => {
    const { queue } = setup(original);
    const before = queue.current();
    await expect(queue.reread(async () => Promise.reject(new Error('gone')))).rejects.toThrow('gone');
    expect(queue.current()).toBe(before);
  });
});
