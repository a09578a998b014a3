/** Which way a report.py prints its failures, judged from its source: loguru log lines or TeacherWarning lines. */
export const outputStyle = (source: string): 'loguru' | 'warnings' =>
  /\bfrom loguru import\b|\bimport loguru\b/.test(source) || !/TeacherWarning|warnings\.warn/.test(source)
    ? 'loguru'
    : 'warnings';
