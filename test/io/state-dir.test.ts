import { expect, test } from 'vitest';
import { stateDir } from '../../src/io/state-dir.js';

test('should use REPORT_WIZARD_STATE_DIR when it is set', () => {
  expect(stateDir({ REPORT_WIZARD_STATE_DIR: '/tmp/s', XDG_CONFIG_HOME: '/x' }, 'linux', '/home/s')).toEqual({
    dir: '/tmp/s',
    isDefault: false,
  });
});

test('should use the folder conf used: XDG_CONFIG_HOME, else ~/.config, on Linux', () => {
  expect(stateDir({ XDG_CONFIG_HOME: '/x' }, 'linux', '/home/s')).toEqual({
    dir: '/x/report-wizard',
    isDefault: true,
  });
  expect(stateDir({ REPORT_WIZARD_STATE_DIR: '' }, 'linux', '/home/s')).toEqual({
    dir: '/home/s/.config/report-wizard',
    isDefault: true,
  });
});

test('should use ~/Library/Preferences on macOS and APPDATA on Windows', () => {
  expect(stateDir({}, 'darwin', '/Users/s').dir).toBe('/Users/s/Library/Preferences/report-wizard');
  expect(stateDir({ APPDATA: '/c/AppData/Roaming' }, 'win32', '/c').dir).toBe(
    '/c/AppData/Roaming/report-wizard/Config',
  );
  expect(stateDir({}, 'win32', '/c').dir).toBe('/c/AppData/Roaming/report-wizard/Config');
});
