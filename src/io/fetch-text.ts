import { type IncomingMessage, get as httpGet } from 'node:http';
import { get as httpsGet } from 'node:https';
import { ReportError } from './report-error.js';

/** Downloads a URL as text; what `migrate --fetch` is handed, so a test can hand in its own. */
export type FetchText = (url: string, options: { timeoutMs: number; maxBytes: number }) => Promise<string>;

const utf8 = new TextDecoder('utf-8', { fatal: true });
const redirectLimit = 5;

/** A network error in words: most say there is no network. */
const networkProblem = (error: NodeJS.ErrnoException, url: URL): string => {
  switch (error.code) {
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `${url.hostname} could not be looked up (no network, or no DNS; ${error.code})`;
    case 'ECONNREFUSED':
      return `nothing answers at ${url.host} (ECONNREFUSED)`;
    case 'ENETUNREACH':
    case 'EHOSTUNREACH':
    case 'ETIMEDOUT':
      return `${url.hostname} cannot be reached (no network; ${error.code})`;
    default:
      return error.code ? `${error.code} (${error.message})` : error.message;
  }
};

/**
 * Downloads `url` (http or https, following up to 5 redirects) with Node's own http client, as UTF-8 text: a
 * `ReportError` with one line when the URL is not http(s), the server answers other than 200, the body is larger
 * than `maxBytes` or not UTF-8, the network fails, or the whole download takes longer than `timeoutMs` (a server
 * that accepts and never answers would otherwise hold the command forever).
 */
export const fetchText: FetchText = (url, { timeoutMs, maxBytes }) =>
  new Promise<string>((resolve, reject) => {
    let settled = false;
    let current: { destroy: () => void } | null = null;
    const finish = (error: string | null, text = ''): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      current?.destroy();
      if (error === null) resolve(text);
      else reject(new ReportError(`Could not download ${url}: ${error}`));
    };
    const timer = setTimeout(
      () => finish(`no answer within ${timeoutMs / 1000} s (no network, or the server is slow)`),
      timeoutMs,
    );
    const request = (target: string, redirects: number): void => {
      let parsed: URL;
      try {
        parsed = new URL(target);
      } catch {
        finish(`"${target}" is not a URL`);
        return;
      }
      const get = parsed.protocol === 'https:' ? httpsGet : parsed.protocol === 'http:' ? httpGet : null;
      if (get === null) {
        finish(`only http and https URLs can be downloaded, not ${parsed.protocol}`);
        return;
      }
      const req = get(parsed, { headers: { 'user-agent': 'report-wizard' } }, (res: IncomingMessage) => {
        const status = res.statusCode ?? 0;
        const location = res.headers.location;
        if (status >= 300 && status < 400 && location !== undefined) {
          res.resume();
          if (redirects >= redirectLimit) finish(`more than ${redirectLimit} redirects`);
          else request(new URL(location, parsed).href, redirects + 1);
          return;
        }
        if (status !== 200) {
          res.resume();
          finish(`the server answered ${status} ${res.statusMessage ?? ''}`.trimEnd());
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > maxBytes) finish(`it is larger than ${maxBytes} bytes, which no template is`);
          else chunks.push(chunk);
        });
        res.on('error', (error) => finish(error.message));
        res.on('end', () => {
          if (!res.complete) {
            finish('the connection closed before the whole file came');
            return;
          }
          try {
            finish(null, utf8.decode(Buffer.concat(chunks)));
          } catch {
            finish('it is not UTF-8 text');
          }
        });
      });
      current = req;
      req.on('error', (error: NodeJS.ErrnoException) => finish(networkProblem(error, parsed)));
    };
    request(url, 0);
  });
