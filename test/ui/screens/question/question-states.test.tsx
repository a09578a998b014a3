import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Overview } from '../../../../src/ui/screens/overview/Overview.js';
import { QuestionHarness as QuestionScreen } from '../../../helpers/QuestionHarness.js';
import { reportDoc } from '../../../../src/report/answer/report-doc.js';
import { reportFixture } from '../../components/report-fixture.js';

const words = (n: number): string => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');
// Question 4 holds only the placeholder, 5 fails, 6 passes, 7 passes with a struck-out word GitHub hides.
const text = reportFixture({ 5: 'Too short.', 6: words(120), 7: `${words(60)} ~~old~~` });
const doc = reportDoc(text, new TextEncoder().encode(text));
const noop = (): void => undefined;

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());
const mount = (node: React.ReactElement) => {
  const view = render(node);
  cleanup = view.unmount;
  return view;
};

describe('the four states of a question at 80x24', () => {
  it('should mark unanswered, failing, passing and passing with warnings, with counts and badges', () => {
    const { lastFrame } = mount(
      <Overview doc={doc} drafts={{}} selected={5} width={80} height={5} color={false} />,
    );
    expect(lastFrame()!.split('\n')).toEqual([
      '  ○  3 Prompt of question 3: explain what you did and why…      6/0-200 words ⚠1',
      '  ○  4 Prompt of question 4: explain what you did and why…    6/100-200 words ⚠1',
      '› ✗  5 Prompt of question 5: explain what you did and why…    2/100-200 words',
      '  ✓  6 Prompt of question 6: explain what you did and why…  120/100-200 words',
      '  ✓  7 Prompt of question 7: explain what you did and why…    61/50-100 words ⚠1',
    ]);
  });

  it('should follow drafts: a typed answer is no longer unanswered and loses its placeholder badge', () => {
    const drafts = { 4: { question: 4, text: words(150), base: '' } };
    const { lastFrame } = mount(
      <Overview doc={doc} drafts={drafts} selected={4} width={80} height={1} color={false} />,
    );
    expect(lastFrame()).toBe(
      '› ✓  4 Prompt of question 4: explain what you did an…  150/100-200 words · draft',
    );
  });

  it('should show the same count in the question bar as in the overview for a placeholder', async () => {
    const view = mount(
      <QuestionScreen
        doc={doc}
        question={doc.report.questions[3]!}
        total={31}
        initialText=""
        width={80}
        height={21}
        figures={[]}
        color={false}
        onChange={noop}
        onSave={noop}
        onNext={noop}
        onPrevious={noop}
        onExit={noop}
      />,
    );
    await expect.poll(() => view.lastFrame()).toContain('[░░░░░░░░░░░░░░░] 6 words · 100–200 · too few');
    expect(view.lastFrame()).toContain(
      '⚠ line 55: Question 4 is not answered yet: line 55 still has the placeholder',
    );
    await vi.waitFor(() => expect(view.stdin.listenerCount('data')).toBeGreaterThan(0));
    view.stdin.write('We used uv.');
    await expect.poll(() => view.lastFrame()).toContain('[░░░░░░░░░░░░░░░] 3 words · 100–200 · too few');
    expect(view.lastFrame()).not.toContain('⚠');
  });

  it('should hold the whole answer and mark where report.py stops counting', async () => {
    const answer =
      'We used FastAPI.\n\n#### **Backend API Design**\n\nThe API has two endpoints and a health check.';
    const whole = reportFixture({ 23: answer });
    const wholeDoc = reportDoc(whole, new TextEncoder().encode(whole));
    const view = mount(
      <QuestionScreen
        doc={wholeDoc}
        question={wholeDoc.report.questions[22]!}
        total={31}
        initialText={answer}
        width={80}
        height={21}
        figures={[]}
        color={false}
        onChange={noop}
        onSave={noop}
        onNext={noop}
        onPrevious={noop}
        onExit={noop}
      />,
    );
    await expect.poll(() => view.lastFrame()).toContain('│ The API has two endpoints');
    expect(view.lastFrame()!.split('\n').slice(3, 10)).toEqual([
      '╭──────────────────────────────────────────────────────────────────────────────╮',
      '│ We used FastAPI.                                                             │',
      '│                                                                              │',
      '│ ── report.py stops counting here: the 13 words below do not count ────────── │',
      '│ #### **Backend API Design**                                                  │',
      '│                                                                              │',
      '│ The API has two endpoints and a health check.                                │',
    ]);
    expect(view.lastFrame()).toContain('[░░░░░░░░░░░░░░░] 3 words · 100–200 · too few');
  });

  it('should list every warning on Ctrl+L, scroll it, and go back to the text on Esc', async () => {
    const problems = ['![a](figures\\a.png)', '![b](http://x.org/b.png)', '<br>', '~~old~~', '#### Cut'];
    const answer = `${words(120)}\n\n${problems.join('\n\n')}`;
    const view = mount(
      <QuestionScreen
        doc={doc}
        question={doc.report.questions[5]!}
        total={31}
        initialText={answer}
        width={80}
        height={14}
        figures={[]}
        color={false}
        onChange={noop}
        onSave={noop}
        onNext={noop}
        onPrevious={noop}
        onExit={noop}
      />,
    );
    await expect.poll(() => view.lastFrame()).toMatch(/⚠ … and \d more warnings: Ctrl\+L lists them all/);
    await vi.waitFor(() => expect(view.stdin.listenerCount('data')).toBeGreaterThan(0));
    view.stdin.write('\u000C');
    await expect
      .poll(() => view.lastFrame())
      .toContain('4 warnings · ↑↓ scroll · PgUp/PgDn page · Esc/Ctrl+L back');
    const listed = (): string[] =>
      view
        .lastFrame()!
        .split('\n')
        .filter((line) => line.startsWith('⚠ line'));
    expect(listed()[0]).toMatch(/^⚠ line 83: /);
    expect(view.lastFrame()).not.toContain('╭');
    view.stdin.write('\u001B[6~'.repeat(3));
    await expect.poll(() => listed().at(-1)).toMatch(/^⚠ line 91: /);
    view.stdin.write('\u001B');
    await expect.poll(() => view.lastFrame()).toContain('╭');
    expect(view.lastFrame()).toMatch(/Ctrl\+L lists them all/);
  });
});
