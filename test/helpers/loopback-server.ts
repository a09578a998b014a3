import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** An HTTP server on 127.0.0.1 at a free port, answering with `handle`; `close` ends it and its connections. */
export const loopbackServer = async (
  handle: (req: IncomingMessage, res: ServerResponse) => void,
): Promise<{ url: (path?: string) => string; close: () => Promise<void>; server: Server }> => {
  const server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    server,
    url: (path = '/reports/README.md') => `http://127.0.0.1:${port}${path}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};
