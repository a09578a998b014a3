// A keystroke in a 400-word answer: time from the key to the new frame (target: at most 16 ms).
// Usage: npx vitest run --config bench/vitest.config.ts   (prints medians; asserts nothing about time)
import { render } from 'ink-testing-library';
import { it } from 'vitest';
import { parseReport } from '../src/report/parse-report.js';
import { QuestionScreen } from '../src/ui/components/QuestionScreen.js';
import { makeReport } from '../test/helpers/make-report.js';

const answer = Array.from(
  { length: 40 },
  (_, i) => `Sentence ${i} has exactly ten words in it, more or less.`,
).join(' ');
const percentile = (xs: number[], p: number): number =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length * p)]!;
const nextFrame = async (frames: string[], count: number): Promise<void> => {
  while (frames.length === count) await new Promise((resolve) => setImmediate(resolve));
};

it('times keystrokes in a 400-word answer', async () => {
  const report = parseReport(makeReport({ answers: { 11: answer } }));
  const question = report.questions.find((q) => q.number === 11)!;
  const view = render(
    <QuestionScreen
      report={report}
      question={question}
      total={31}
      initialText={answer}
      width={80}
      height={22}
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
  for (let i = 0; i < 200; i++) {
    const count = frames.length;
    const start = performance.now();
    view.stdin.write(i % 10 === 9 ? ' ' : 'a');
    await nextFrame(frames, count);
    times.push(performance.now() - start);
  }
  view.unmount();
  const warm = times.slice(20);
  console.log(
    `keystroke in a 400-word answer (${warm.length} keys after 20 warm-up): median ${percentile(warm, 0.5).toFixed(1)} ms, p90 ${percentile(warm, 0.9).toFixed(1)} ms, max ${Math.max(...warm).toFixed(1)} ms (target <= 16 ms)`,
  );
});
