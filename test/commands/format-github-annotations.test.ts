import { describe, expect, it } from 'vitest';
import { formatGithubAnnotations } from '../../src/commands/format-github-annotations.js';

describe('formatGithubAnnotations', () => {
  it('should print nothing without lints', () => {
    expect(formatGithubAnnotations('reports/README.md', [])).toBe('');
  });

  it('should print one warning per lint with file, line and title', () => {
    const lints = [
      { rule: 'placeholder', question: 4, line: 171, message: 'Delete the placeholder.' },
      { rule: 'outdated-template', question: null, line: null, message: 'Use the newest template.' },
    ];
    expect(formatGithubAnnotations('reports/README.md', lints)).toBe(
      '::warning file=reports/README.md,line=171,title=placeholder (question 4)::Delete the placeholder.\n' +
        '::warning file=reports/README.md,title=outdated-template::Use the newest template.\n',
    );
  });

  it('should escape percent signs and line breaks in the message', () => {
    const lints = [{ rule: 'r', question: null, line: 1, message: '100% sure:\r\nreally, yes' }];
    expect(formatGithubAnnotations('a.md', lints)).toBe(
      '::warning file=a.md,line=1,title=r::100%25 sure:%0D%0Areally, yes\n',
    );
  });

  it('should also escape colons and commas in properties', () => {
    const lints = [{ rule: 'r', question: null, line: 2, message: 'm' }];
    expect(formatGithubAnnotations('C:\\a,b%.md', lints)).toBe(
      '::warning file=C%3A\\a%2Cb%25.md,line=2,title=r::m\n',
    );
  });

  it('should print an error for what makes report.py refuse or crash', () => {
    const lints = [
      { rule: 'report-py-refuses', question: null, line: null, message: 'report.py stops with ValueError' },
      { rule: 'windows-crash', question: null, line: 7, message: 'cp1252' },
    ];
    expect(formatGithubAnnotations('a.md', lints)).toBe(
      '::error file=a.md,title=report-py-refuses::report.py stops with ValueError\n' +
        '::error file=a.md,line=7,title=windows-crash::cp1252\n',
    );
  });
});
