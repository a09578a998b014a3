// Registered with `node --import`: prints every ESM module Node loads, so a test can see what `check` pulls in.
import { register } from 'node:module';

const hook = `export async function load(url, context, next) {
  if (url.startsWith('file:')) process.stderr.write('LOADED ' + url + '\\n');
  return next(url, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hook)}`);
