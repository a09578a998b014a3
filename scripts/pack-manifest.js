// `prepare` builds dist/ in a clone (`npm ci` then `node bin/report-wizard.js demo`), but the published package ships
// dist/ built and not scripts/build.js: installing the tarball would run a script whose file is missing (npm 11
// warns about it). So `prepack` builds dist/ and takes `prepare` out of package.json for the tarball, `postpack` puts it back,
// byte for byte, as pinst does for postinstall.
//   node scripts/pack-manifest.js strip | restore
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';

const manifest = new URL('../package.json', import.meta.url);
const saved = new URL('../package.json.unpacked', import.meta.url);

if (process.argv[2] === 'strip') {
  const text = readFileSync(manifest, 'utf8');
  // A pack that failed before postpack left the saved copy: that one is the original.
  if (!existsSync(saved)) writeFileSync(saved, text);
  const json = JSON.parse(text);
  for (const name of ['prepare', 'prepack', 'postpack']) delete json.scripts[name];
  writeFileSync(manifest, `${JSON.stringify(json, null, 2)}\n`);
} else if (process.argv[2] === 'restore') {
  if (existsSync(saved)) renameSync(saved, manifest);
} else {
  console.error('usage: node scripts/pack-manifest.js strip | restore');
  process.exit(2);
}
