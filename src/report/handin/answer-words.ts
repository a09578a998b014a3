import { countWords } from '../count-words.js';
import { parseReportStructure } from '../parse-report.js';
import { placeholderPattern } from '../placeholder.js';

/** One question's answer as the hand-in view weighs it. */
export interface AnswerWords {
  question: number;
  /** Words of the answer (Python's `split()`), the template's placeholder left out. */
  words: number;
  /** Whether the placeholder is still in the answer. */
  placeholder: boolean;
  /** The answer as written, trimmed: what is looked for in older versions of the report. */
  text: string;
}

const placeholder = new RegExp(`\`?${placeholderPattern}\`?`, 'gi');

/** Each `### Question N`'s answer words in a report's text, in heading order (a number written twice keeps its first). */
export const answerWords = (text: string): AnswerWords[] => {
  const report = parseReportStructure(text);
  const seen = new Set<number>();
  const answers: AnswerWords[] = [];
  for (const q of report.questions) {
    if (seen.has(q.number)) continue;
    seen.add(q.number);
    const region = text.slice(q.region.start, q.region.end);
    answers.push({
      question: q.number,
      words: countWords(region.replace(placeholder, ' ')),
      placeholder: q.placeholder,
      text: region.trim(),
    });
  }
  return answers;
};
