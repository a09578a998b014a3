import { spawn } from 'node:child_process';

/**
 * Opens a URL in the desktop's browser without waiting for the browser; resolves with whether the opener
 * (`open`, `start`, `xdg-open`) started at all: without one (a server over SSH) nothing opens, and no error.
 */
export const openUrl = async (url: string, platform: NodeJS.Platform): Promise<boolean> => {
  const [command, args] =
    platform === 'darwin'
      ? ['open', [url]]
      : platform === 'win32'
        ? ['cmd', ['/c', 'start', '""', url.replace(/&/g, '^&')]]
        : ['xdg-open', [url]];
  return new Promise((resolve) => {
    const child = spawn(command, args, { detached: true, stdio: 'ignore' });
    child.on('error', () => resolve(false));
    child.on('spawn', () => {
      child.unref();
      resolve(true);
    });
  });
};
