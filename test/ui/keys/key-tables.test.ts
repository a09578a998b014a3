import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { footerText } from '../../../src/ui/keys/footer-text.js';
import { helpEntries } from '../../../src/ui/keys/help-entries.js';
import type { KeyBinding } from '../../../src/ui/keys/key-binding.js';
import { keyTables } from '../../../src/ui/keys/key-tables.js';
import { screenKeyTables } from '../../../src/ui/screens/screen-key-tables.js';
import type { WizardState } from '../../../src/ui/wizard-reducer.js';

const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');

/** The README's key table rows, as the tables make them. */
const rows: [string, readonly KeyBinding<unknown>[]][] = [
  ['every screen', keyTables.global],
  ['overview', keyTables.overview],
  ['question', keyTables.question],
  ['answer editor', keyTables.editor],
  ['checklist', keyTables.checklist],
  ['checklist filter', keyTables.filter],
  ['draft conflict', keyTables.conflict],
  ['parity', keyTables.parity],
  ['quit prompt', keyTables.quit],
  ['answer check', keyTables.hazard],
  ['image picker', keyTables.picker],
  ['warnings', keyTables.warnings],
];
const cell = (table: readonly KeyBinding<unknown>[]): string =>
  helpEntries(table)
    .map(({ label, help }) => `${label} ${help}`)
    .join(' · ');

/** The rows of the first table in the README's "The wizard" section, cells trimmed. */
const readmeRows = (): string[][] => {
  const section = readme.slice(readme.indexOf('## The wizard'));
  const lines = section.split('\n');
  const start = lines.findIndex((line) => line.startsWith('|'));
  const table: string[] = [];
  for (const line of lines.slice(start)) {
    if (!line.startsWith('|')) break;
    table.push(line);
  }
  return table.slice(2).map((line) =>
    line
      .slice(1, -1)
      .split('|')
      .map((c) => c.trim()),
  );
};

const screens: Pick<WizardState, 'screen' | 'filtering' | 'quitting'>[] = [
  { screen: 'overview', filtering: false, quitting: false },
  { screen: 'question', filtering: false, quitting: false },
  { screen: 'checklist', filtering: false, quitting: false },
  { screen: 'checklist', filtering: true, quitting: false },
  { screen: 'conflict', filtering: false, quitting: false },
  { screen: 'parity', filtering: false, quitting: false },
  { screen: 'overview', filtering: false, quitting: true },
];

describe('keyTables', () => {
  it('should be what the README lists under "The wizard"', () => {
    const expected = rows.map(([screen, table]) => [screen, cell(table)]);
    expect(readmeRows(), `README rows:\n${expected.map(([s, c]) => `| ${s} | ${c} |`).join('\n')}`).toEqual(
      expected,
    );
  });

  it('should bind no key twice on one screen', () => {
    for (const state of screens) {
      const keys = screenKeyTables(state).flatMap((table) => table.flatMap((binding) => binding.keys));
      expect(
        keys.filter((key, i) => keys.indexOf(key) !== i),
        JSON.stringify(state),
      ).toEqual([]);
    }
  });

  it('should keep every footer within 80 columns', () => {
    for (const state of screens) {
      const [own] = screenKeyTables(state);
      expect(footerText(own ?? []).length, JSON.stringify(state)).toBeLessThanOrEqual(80);
    }
  });

  it('should make the footer of a screen from its footer bindings', () => {
    expect(footerText(keyTables.overview)).toBe(
      '↑↓ select · Enter open · n/N failing · c checklist · ? help · q quit',
    );
    expect(footerText(keyTables.quit)).toBe('y write and quit · n quit without writing · Esc stay');
  });
});

describe('filterKeys', () => {
  it('should list in its help every key the filter line acts on', async () => {
    const { filterKey } = await import('../../../src/ui/screens/checklist-filter/filter-key.js');
    const { initialWizardState } = await import('../../../src/ui/wizard-reducer.js');
    const { reportDoc } = await import('../../../src/report/answer/report-doc.js');
    const doc = reportDoc('', new Uint8Array());
    const state = initialWizardState({ screen: 'checklist', filtering: true, filter: 'ab cd' });
    const context = { doc, columns: 80, bodyHeight: 20, now: 0 };
    const listed = new Set(keyTables.filter.flatMap((binding) => binding.keys));
    // Every named key of the editor: the ones the filter acts on must be in its table, so help shows them.
    const acted = keyTables.editor
      .flatMap((binding) => binding.keys)
      .filter((id) => {
        const [mods, name] = id.includes('+')
          ? [id.split('+').slice(0, -1), id.split('+').at(-1)!]
          : [[], id];
        const key = {
          name,
          text: '',
          ctrl: mods.includes('ctrl'),
          meta: mods.includes('alt'),
          shift: mods.includes('shift'),
        };
        return filterKey(state, key as never, context).length > 0;
      });
    expect(acted.filter((id) => !listed.has(id))).toEqual([]);
    expect(acted.length).toBeGreaterThan(10);
  });
});
