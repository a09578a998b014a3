import { spawn } from 'node:child_process';

/** Opens a URL in the desktop's browser without waiting for it; with no desktop (SSH) nothing opens, and no error. */
export const openUrl = (url: string, platform: NodeJS.Platform): void => {
  const [command, args] =
    platform === 'darwin'
      ? ['open', [url]]
      : platform === 'win32'
        ? ['cmd', ['/c', 'start', '""', url.replace(/&/g, '^&')]]
        : ['xdg-open', [url]];
  const child = spawn(command, args, { detached: true, stdio: 'ignore' });
  child.on('error', () => undefined);
  child.unref();
};
