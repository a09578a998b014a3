import { describe, expect, it } from 'vitest';
import { outputStyle } from '../../src/parity/output-style.js';

describe('outputStyle', () => {
  it('should see loguru in the newest report.py', () => {
    expect(outputStyle('import typer\nfrom loguru import logger\n')).toBe('loguru');
  });

  it('should see TeacherWarning in the older report.py', () => {
    expect(outputStyle('import warnings\nclass TeacherWarning(UserWarning):\n    pass\n')).toBe('warnings');
  });

  it('should assume the newest style for anything else', () => {
    expect(outputStyle('print("hello")\n')).toBe('loguru');
  });
});
