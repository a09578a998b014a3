import { homedir } from 'node:os';
import { join } from 'node:path';

/** Where the resume store lives, and whether it is the default folder (then the store may tighten its mode). */
export interface StateDir {
  dir: string;
  isDefault: boolean;
}

/**
 * `REPORT_WIZARD_STATE_DIR`, else the OS config folder of `report-wizard` exactly where conf (through env-paths)
 * kept it before, so state saved by earlier versions is still found.
 */
export const stateDir = (
  env: Record<string, string | undefined>,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): StateDir => {
  if (env.REPORT_WIZARD_STATE_DIR) return { dir: env.REPORT_WIZARD_STATE_DIR, isDefault: false };
  const name = 'report-wizard';
  if (platform === 'darwin') return { dir: join(home, 'Library', 'Preferences', name), isDefault: true };
  if (platform === 'win32')
    return { dir: join(env.APPDATA || join(home, 'AppData', 'Roaming'), name, 'Config'), isDefault: true };
  return { dir: join(env.XDG_CONFIG_HOME || join(home, '.config'), name), isDefault: true };
};
