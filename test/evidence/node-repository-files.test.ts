import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { nodeRepositoryFiles } from '../../src/evidence/node-repository-files.js';
import { tempFolders } from '../helpers/temp-folders.js';

const temp = tempFolders();

it('should read small text files, inside the repository, through links that stay inside, and nothing else', () => {
  const outside = temp('rw-outside-');
  writeFileSync(join(outside, 'secret.py'), 'import os\n');
  const root = temp('rw-files-');
  mkdirSync(join(root, 'src'));
  writeFileSync(join(root, 'src', 'train.py'), 'import torch\n');
  writeFileSync(join(root, 'big.py'), 'x'.repeat(101));
  writeFileSync(join(root, 'limit.py'), 'x'.repeat(100));
  writeFileSync(join(root, 'nul.py'), 'a\0b');
  writeFileSync(join(root, 'latin1.py'), Buffer.from([0x63, 0x61, 0x66, 0xe9]));
  writeFileSync(join(root, 'bom.py'), '\ufeffimport os\n');
  symlinkSync('src/train.py', join(root, 'link.py'));
  symlinkSync(join(outside, 'secret.py'), join(root, 'out.py'));
  symlinkSync(outside, join(root, 'elsewhere'));
  symlinkSync('src', join(root, 'here'));
  symlinkSync('/dev/zero', join(root, 'zero.py'));
  symlinkSync('missing.py', join(root, 'dangling.py'));
  symlinkSync('loop.py', join(root, 'loop.py'));
  execFileSync('mkfifo', [join(root, 'fifo.py')]);
  const read = nodeRepositoryFiles(root, 100);
  const paths = [
    'src/train.py',
    'big.py',
    'limit.py',
    'nul.py',
    'latin1.py',
    'bom.py',
    'link.py',
    'out.py',
    'elsewhere/secret.py',
    'here/train.py',
    'zero.py',
    'dangling.py',
    'loop.py',
    'fifo.py',
    'src',
    'gone.py',
    'src/train.py/x',
  ];
  expect(paths.map((p) => [p, read(p, true)])).toEqual([
    ['src/train.py', 'import torch\n'],
    ['big.py', null],
    ['limit.py', 'x'.repeat(100)],
    ['nul.py', null],
    ['latin1.py', null],
    // The byte-order mark is dropped, as TextDecoder does.
    ['bom.py', 'import os\n'],
    ['link.py', 'import torch\n'],
    // Listed, not read: it leads out of the repository.
    ['out.py', null],
    ['elsewhere/secret.py', null],
    ['here/train.py', 'import torch\n'],
    // Not a regular file (a device, nothing, a loop, a FIFO, a folder): left out.
    ['zero.py', undefined],
    ['dangling.py', undefined],
    ['loop.py', undefined],
    ['fifo.py', undefined],
    ['src', undefined],
    ['gone.py', undefined],
    ['src/train.py/x', undefined],
  ]);
  // Without contents, a file is only looked up.
  expect([read('src/train.py', false), read('gone.py', false), read('out.py', false)]).toEqual([
    null,
    undefined,
    null,
  ]);
});
