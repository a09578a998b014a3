import { afterEach, describe, expect, it } from 'vitest';
import { fetchText } from '../../src/io/fetch-text.js';
import { ReportError } from '../../src/io/report-error.js';
import { loopbackServer } from '../helpers/loopback-server.js';

const options = { timeoutMs: 5000, maxBytes: 1000 };
let close: (() => Promise<void>) | null = null;
afterEach(async () => {
  await close?.();
  close = null;
});
const serve = async (handle: Parameters<typeof loopbackServer>[0]) => {
  const server = await loopbackServer(handle);
  close = server.close;
  return server;
};

describe('fetchText', () => {
  it('should return the body of a 200 answer as text', async () => {
    const { url } = await serve((_, res) => res.end('# Exam template\nÆble\n'));
    expect(await fetchText(url(), options)).toBe('# Exam template\nÆble\n');
  });

  it('should follow a redirect', async () => {
    const { url } = await serve((req, res) => {
      if (req.url === '/old') res.writeHead(301, { location: '/new' }).end();
      else res.end(`at ${req.url}`);
    });
    expect(await fetchText(url('/old'), options)).toBe('at /new');
  });

  it('should refuse with one line: another status, too large, not UTF-8, a redirect loop', async () => {
    const { url } = await serve((req, res) => {
      if (req.url === '/missing') res.writeHead(404, 'Not Found').end('nothing');
      else if (req.url === '/large') res.end('x'.repeat(1001));
      else if (req.url === '/latin1') res.end(Buffer.from([0x41, 0xe6, 0x42]));
      else res.writeHead(302, { location: '/loop' }).end();
    });
    await expect(fetchText(url('/missing'), options)).rejects.toThrow(
      `Could not download ${url('/missing')}: the server answered 404 Not Found`,
    );
    await expect(fetchText(url('/large'), options)).rejects.toThrow(
      `Could not download ${url('/large')}: it is larger than 1000 bytes, which no template is`,
    );
    await expect(fetchText(url('/latin1'), options)).rejects.toThrow(
      `Could not download ${url('/latin1')}: it is not UTF-8 text`,
    );
    await expect(fetchText(url('/loop'), options)).rejects.toThrow(
      `Could not download ${url('/loop')}: more than 5 redirects`,
    );
  });

  it('should give up after the timeout on a server that never answers', async () => {
    const { url } = await serve(() => {
      // Accepts the request and says nothing, as a blocked network does.
    });
    const started = Date.now();
    await expect(fetchText(url(), { ...options, timeoutMs: 300 })).rejects.toThrow(
      `Could not download ${url()}: no answer within 0.3 s (no network, or the server is slow)`,
    );
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('should say in one line when the host cannot be looked up, as without a network', async () => {
    // A .invalid name never resolves (RFC 6761): ENOTFOUND with a network, EAI_AGAIN without one.
    const url = 'http://template.invalid/README.md';
    const error = await fetchText(url, options).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ReportError);
    expect((error as Error).message).toMatch(
      /^Could not download http:\/\/template\.invalid\/README\.md: template\.invalid could not be looked up \(no network, or no DNS; (ENOTFOUND|EAI_AGAIN)\)$/,
    );
  });

  it('should say when nothing listens at the address, and refuse other schemes', async () => {
    const { url, close: stop } = await loopbackServer((_, res) => res.end(''));
    const gone = url();
    await stop();
    await expect(fetchText(gone, options)).rejects.toThrow(
      `Could not download ${gone}: nothing answers at ${new URL(gone).host} (ECONNREFUSED)`,
    );
    await expect(fetchText('file:///etc/passwd', options)).rejects.toThrow(
      'Could not download file:///etc/passwd: only http and https URLs can be downloaded, not file:',
    );
    await expect(fetchText('not a url', options)).rejects.toThrow(
      'Could not download not a url: "not a url" is not a URL',
    );
  });
});
