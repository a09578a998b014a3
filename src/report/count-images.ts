import { reportPyImage } from './report-py-image.js';

/** `len(re.findall(r"\!\[.*?\]\(.*?\)", text))` in Python: Markdown images on one line each. */
export const countImages = (text: string): number =>
  text.includes('![') ? (text.match(reportPyImage)?.length ?? 0) : 0;
