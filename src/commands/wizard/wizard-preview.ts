import { dirname, join } from 'node:path';
import type { CliIo } from '../../io/cli-io.js';
import { makeTempDir } from '../../io/make-temp-dir.js';

/** Ctrl+P in the wizard: src/preview with the same python search as `preview` and `parity`, loaded when pressed. */
export const wizardPreview =
  (io: CliIo, reportPath: string, python: string | undefined) =>
  async (question: number): Promise<string> => {
    const [{ previewAtQuestion }, { renderGradedPage }, { pythonCandidates }, { pythonSearch }, { openUrl }] =
      await Promise.all([
        import('../../preview/preview-at-question.js'),
        import('../../preview/render-graded-page.js'),
        import('../../parity/python-candidates.js'),
        import('../../parity/python-search.js'),
        import('../../preview/open-url.js'),
      ]);
    const dir = dirname(reportPath);
    return previewAtQuestion(question, {
      tempFile: async () => join(await makeTempDir('report-wizard-preview-'), 'report.html'),
      render: async (outPath) =>
        renderGradedPage({
          reportPath,
          outPath,
          candidates: await pythonCandidates(
            pythonSearch(io.fs, {
              env: io.env,
              reportDir: dir,
              ...(python === undefined ? {} : { python }),
            }),
          ),
          cwd: dir,
          env: io.env,
          exec: async (file, args, options) =>
            (await import('../../parity/exec-with-execa.js')).execWithExeca(file, args, options),
        }),
      open: (url) => openUrl(url, process.platform),
    });
  };
