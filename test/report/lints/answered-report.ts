import { makeReport } from '../../helpers/make-report.js';

/** A newest-template report with every question answered in one short sentence, `answers` overriding some. */
export const answeredReport = (
  answers: Record<number, string> = {},
  options: { eol?: '\n' | '\r\n' } = {},
): string =>
  makeReport({
    answers: {
      ...Object.fromEntries(
        Array.from({ length: 31 }, (_, i) => [i + 1, `Our answer to question ${i + 1}.`]),
      ),
      ...answers,
    },
    ...options,
  });
