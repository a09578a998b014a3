#!/usr/bin/env node
// CommonJS (bin/package.json): Node starts it without its ES-module loader, which `check` would otherwise pay for.
// eslint-disable-next-line @typescript-eslint/no-require-imports, no-undef -- CommonJS, see above
require('../dist/cli.cjs');
