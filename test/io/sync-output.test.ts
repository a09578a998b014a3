import { describe, expect, it } from 'vitest';
import { type SyncOutputDeps, syncOutput } from '../../src/io/sync-output.js';

const errno = (code: string): Error => Object.assign(new Error(code), { code });

/** A descriptor that takes at most `max` bytes per write and fails with `failures` (in order) first. */
const descriptor = (options: { tty?: boolean; max?: number; failures?: string[] } = {}) => {
  const written: number[] = [];
  const failures = [...(options.failures ?? [])];
  const deps: SyncOutputDeps = {
    isCharacterDevice: () => options.tty === true,
    write: (_fd, buffer, offset) => {
      const failure = failures.shift();
      if (failure !== undefined) throw errno(failure);
      const end = Math.min(buffer.length, offset + (options.max ?? Infinity));
      written.push(...buffer.subarray(offset, end));
      return end - offset;
    },
  };
  return { deps, bytes: () => written, text: () => Buffer.from(written).toString('utf8') };
};

/** A stand-in for Node's stream, collecting what it is given as bytes. */
const collector = () => {
  const chunks: Buffer[] = [];
  return {
    chunks,
    stream: {
      isTTY: true,
      write: (chunk: string | Uint8Array) => (chunks.push(Buffer.from(chunk)), true),
    },
  };
};

describe('syncOutput', () => {
  it('should write a file or pipe directly, whole, however few bytes each write takes', () => {
    const fd = descriptor({ max: 3 });
    const out = syncOutput(
      1,
      () => collector().stream,
      () => undefined,
      fd.deps,
    );
    out.write('héllo ');
    out.write('wörld\n');
    expect(fd.text()).toBe('héllo wörld\n');
    expect(out.isTTY).toBe(false);
  });

  it("should hand a terminal Node's stream", () => {
    const { stream } = collector();
    expect(
      syncOutput(
        1,
        () => stream,
        () => undefined,
        descriptor({ tty: true }).deps,
      ),
    ).toBe(stream);
  });

  it('should go on through the stream once a write would block, bytes in order, a split character whole', () => {
    // The first write takes "a" and the first byte of "é"; the next would block.
    const fd = descriptor({ max: 2 });
    let calls = 0;
    const deps: SyncOutputDeps = {
      ...fd.deps,
      write: (f, buffer, offset) => {
        if (++calls === 2) throw errno('EAGAIN');
        return fd.deps.write(f, buffer, offset);
      },
    };
    const { chunks, stream } = collector();
    const out = syncOutput(
      1,
      () => stream,
      () => undefined,
      deps,
    );
    out.write('aé b');
    out.write('c\n');
    expect(fd.bytes()).toEqual([0x61, 0xc3]);
    expect(chunks.map((c) => [...c])).toEqual([
      [0xa9, 0x20, 0x62],
      [0x63, 0x0a],
    ]);
    expect(calls).toBe(2);
  });

  it('should stop writing and say so once the reader has gone', () => {
    const fd = descriptor({ failures: ['EPIPE'] });
    let gone = 0;
    const out = syncOutput(
      1,
      () => collector().stream,
      () => gone++,
      fd.deps,
    );
    expect(out.write('first\n')).toBe(false);
    expect(out.write('second\n')).toBe(false);
    expect(gone).toBe(1);
    expect(fd.text()).toBe('');
  });

  it('should throw any other error of a write', () => {
    const out = syncOutput(
      1,
      () => collector().stream,
      () => undefined,
      descriptor({ failures: ['EIO'] }).deps,
    );
    expect(() => out.write('x')).toThrow('EIO');
  });

  it('should use the stream when the descriptor cannot be examined', () => {
    const { stream } = collector();
    const deps: SyncOutputDeps = {
      isCharacterDevice: () => {
        throw errno('EBADF');
      },
      write: () => 0,
    };
    expect(
      syncOutput(
        1,
        () => stream,
        () => undefined,
        deps,
      ),
    ).toBe(stream);
  });
});
