import { countImages } from '../count-images.js';
import { countWords } from '../count-words.js';
import type { Counts } from './lint.js';

/** Words and images in a piece of text as report.py counts them: the one place lints take their figures from. */
export const reportPyCounts = (text: string): Counts => ({
  words: countWords(text),
  images: countImages(text),
});
