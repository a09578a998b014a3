// Keystroke to frame on the question screen: a 3,000-word answer in a full report (target: p99 at most 16 ms), and
// the same answer in a report whose other answers are empty, to show that a key's cost does not depend on the rest.
// Usage: npx vitest run --config bench/vitest.config.ts   (prints figures; asserts nothing about time)
import { render } from 'ink-testing-library';
import { it } from 'vitest';
import { QuestionHarness as QuestionScreen } from '../test/helpers/QuestionHarness.js';
import { reportDoc } from '../src/report/answer/report-doc.js';
import { makeReport } from '../test/helpers/make-report.js';

const paragraphs = (words: number): string => {
  const lines = Array.from(
    { length: Math.ceil(words / 10) },
    (_, i) => `Sentence ${i} has exactly ten words in it, more or less.`,
  );
  const out: string[] = [];
  for (let i = 0; i < lines.length; i += 8) out.push(lines.slice(i, i + 8).join(' '));
  return out.join('\n\n');
};

const percentile = (xs: number[], p: number): number =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;
const nextFrame = async (frames: string[], count: number): Promise<void> => {
  while (frames.length === count) await new Promise((resolve) => setImmediate(resolve));
};

const time = async (label: string | null, answers: Record<number, string>, edited: number): Promise<void> => {
  const text = makeReport({ answers });
  const doc = reportDoc(text, new TextEncoder().encode(text));
  const question = doc.report.questions.find((q) => q.number === edited)!;
  const view = render(
    <QuestionScreen
      doc={doc}
      question={question}
      total={31}
      initialText={answers[edited]!}
      width={80}
      height={21}
      figures={[]}
      color={false}
      onChange={() => undefined}
      onSave={() => undefined}
      onNext={() => undefined}
      onPrevious={() => undefined}
      onExit={() => undefined}
    />,
  );
  await new Promise((resolve) => setTimeout(resolve, 100));
  const frames = view.frames;
  const times: number[] = [];
  for (let i = 0; i < 320; i++) {
    const count = frames.length;
    const start = performance.now();
    view.stdin.write(i % 10 === 9 ? ' ' : 'a');
    await nextFrame(frames, count);
    times.push(performance.now() - start);
  }
  view.unmount();
  if (label === null) return;
  const warm = times.slice(20);
  const words = text.match(/\S+/g)?.length ?? 0;
  console.log(
    `${label} (report of ${words} words; ${warm.length} keys after 20 warm-up): median ${percentile(warm, 0.5).toFixed(1)} ms, ` +
      `p90 ${percentile(warm, 0.9).toFixed(1)} ms, p99 ${percentile(warm, 0.99).toFixed(1)} ms, max ${Math.max(...warm).toFixed(1)} ms (target p99 <= 16 ms)`,
  );
};

it('times keystrokes in a 3,000-word answer, in a full report and in an empty one', async () => {
  const long = paragraphs(3000);
  const full: Record<number, string> = {};
  for (let n = 1; n <= 31; n++) full[n] = paragraphs(n === 11 ? 3000 : 300);
  // A first run compiles the code paths (JIT): it is not timed, so the first timed case is not the slowest by order.
  await time(null, full, 11);
  await time('3,000-word answer, every other answer 300 words', full, 11);
  await time('3,000-word answer, every other answer the placeholder', { 11: long }, 11);
  await time('400-word answer, every other answer 300 words', { ...full, 11: paragraphs(400) }, 11);
});
