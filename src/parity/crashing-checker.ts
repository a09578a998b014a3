import type { CheckerVersion } from '../report/generations.js';

/** The one line for a report.py that crashes on every report whatever it holds, or null for a working version. */
export const crashingChecker = (checker: CheckerVersion | null, dir: string): string | null =>
  checker?.crashes == null
    ? null
    : `Your report.py is the upstream version ${checker.version}, which stops on every report before checking it (${checker.crashes}): replace ${dir === '.' ? 'report.py' : `${dir}/report.py`} with the current reports/report.py from https://github.com/SkafteNicki/dtu_mlops and run parity again.`;
