import { describe, expect, it } from 'vitest';
import { terminalJson } from '../../src/report/terminal-json.js';

describe('terminalJson', () => {
  it('should escape DEL and C1 controls, which JSON.stringify leaves raw', () => {
    const json = JSON.stringify({ text: 'a\u007fb\u009bc\u0085d\u001be' });
    expect(terminalJson(json)).toBe('{"text":"a\\u007fb\\u009bc\\u0085d\\u001be"}');
  });

  it('should escape the bidi controls, which JSON.stringify leaves raw', () => {
    const json = JSON.stringify({ text: 'a\u202eb\u2066c\u2069d\u202ae' });
    expect(terminalJson(json)).toBe('{"text":"a\\u202eb\\u2066c\\u2069d\\u202ae"}');
  });

  it('should keep the value any JSON reader gets', () => {
    const value = { text: 'x\u0080\u009f\u00a0é😀\u202e', list: ['\u007f'] };
    expect(JSON.parse(terminalJson(JSON.stringify(value, null, 2)))).toEqual(value);
  });

  it('should leave JSON without such characters as it is', () => {
    const json = JSON.stringify({ a: 'tab\there', b: [1, null, 'é'] }, null, 2);
    expect(terminalJson(json)).toBe(json);
  });
});
