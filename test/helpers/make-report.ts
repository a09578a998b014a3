import type { GenerationId } from '../../src/report/model.js';

/** One question of a synthetic template: the section it opens, its prompt, length line and example. */
interface QuestionSpec {
  /** `##` section title (and optional `>` intro) written before this question. */
  section?: { title: string; intro?: string };
  prompt: string[];
  /** What follows `answer length: ` (e.g. `100-200 words.`), or undefined when the template states none. */
  length?: string;
  example?: string[];
}

const sections = {
  group: { title: 'Group information' },
  coding: {
    title: 'Coding environment',
    intro: 'This part is about your local setup: dependencies, code layout and code quality.',
  },
  versionControl: {
    title: 'Version control',
    intro: 'This part is about how version control helped the group work together and keep the code healthy.',
  },
  running: {
    title: 'Running code and tracking experiments',
    intro: 'This part is about how experiments were run and how they can be reproduced.',
  },
  cloud: { title: 'Working in the cloud', intro: 'This part is about developing in the cloud.' },
  deployment: { title: 'Deployment' },
  discussion: {
    title: 'Overall discussion of project',
    intro: 'This part is about the project as a whole.',
  },
} as const;

const words = (range: string): string => `${range} words.`;

// Questions 1-21 are the same in every generation apart from the details patched in `questionsFor`.
const common: QuestionSpec[] = [
  { section: sections.group, prompt: ['**Which group number did you sign up with on DTU Learn?**'] },
  {
    prompt: ['**List the study number of every group member.**'],
    example: ['*s111111, s222222, s333333*'],
  },
  {
    prompt: ['**Which open-source packages outside the course did you use, and what did they do for you?**'],
    length: words('0-200'),
    example: ['*We used ... to ... .*'],
  },
  {
    section: sections.coding,
    prompt: [
      '**How did you manage dependencies? Describe what a new member must do to get an exact copy of the**',
      '**environment.**',
    ],
    length: words('100-200'),
    example: ['*Dependencies live in ... ; a new member runs ... .*'],
  },
  {
    prompt: ['**Describe the structure of your code after starting from the cookiecutter template.**'],
    length: words('100-200'),
    example: ['*We filled in ... and removed ... .*'],
  },
  {
    prompt: [
      '**Which rules for code quality, format, typing and documentation did you follow, and why do they**',
      '**matter?**',
    ],
    length: words('100-200'),
    example: ['*We used ... for linting and ... for typing.*'],
  },
  {
    section: sections.versionControl,
    prompt: ['**How many tests did you write and what do they test?**'],
    length: words('50-100'),
    example: ['*We wrote X tests of ... .*'],
  },
  {
    prompt: ['**What is your total code coverage, and would 100% coverage make you trust the code?**'],
    length: words('100-200'),
    example: ['*Our coverage is X%; even at 100% ... .*'],
  },
  {
    prompt: ['**Did you use branches and pull requests? How, or how would they have helped?**'],
    length: words('100-200'),
    example: ['*Each member worked on a branch and ... .*'],
  },
  {
    prompt: ['**Did you version your data with DVC? How did it help, or when would it help?**'],
    length: words('100-200'),
    example: ['*We used DVC to ... .*'],
  },
  {
    prompt: [
      '**Describe your continuous integration: what it runs, on which systems and Python versions, and whether**',
      '**it caches. You may link to a workflow.**',
    ],
    length: words('200-300'),
    example: ['*We have three workflows: ... . See <weblink>.*'],
  },
  {
    section: sections.running,
    prompt: ['**How did you configure experiments? Show how you would start one.**'],
    length: words('50-100'),
    example: ['*python train.py lr=1e-3 batch_size=32*'],
  },
  {
    prompt: ['**How did you make sure experiments are reproducible and no information is lost?**'],
    length: words('100-200'),
    example: ['*Every run saves its config to ... .*'],
  },
  {
    prompt: [
      '**Upload 1 to 3 screenshots of your experiment tracking (W&B or similar) and explain which metrics you**',
      '**track and why.**',
    ],
    length: '200-300 words + 1 to 3 screenshots.',
    example: ['*The first image shows ... .*'],
  },
  {
    prompt: ['**How did you use Docker? Show how to run one of your images and link to a Dockerfile.**'],
    length: words('100-200'),
    example: ['*docker run trainer:latest*'],
  },
  {
    prompt: ['**How did you debug your experiments, and did you profile your code?**'],
    length: words('100-200'),
    example: ['*We used the debugger in ... and profiled ... .*'],
  },
  {
    section: sections.cloud,
    prompt: ['**Which GCP services did you use, and what does each one do?**'],
    length: words('50-200'),
    example: ['*We used Engine for ... and Bucket for ... .*'],
  },
  {
    prompt: ['**How did you use Compute Engine, and which kinds of VM did you run?**'],
    length: words('100-200'),
    example: ['*We ran ... on ... machines.*'],
  },
  { prompt: ['**Insert 1-2 images of your GCP bucket showing the data you store there.**'] },
  { prompt: ['**Upload 1-2 images of your artifact registry showing the stored docker images.**'] },
  { prompt: ['**Upload 1-2 images of your cloud build history.**'] },
];

/** The 31 questions of the 2025 and 2026 templates (from 2024-12-22 on). */
const thirtyOne: QuestionSpec[] = [
  ...common,
  {
    prompt: ['**Did you train your model in the cloud with Engine or Vertex AI? How, or why not?**'],
    length: words('100-200'),
    example: ['*We trained on Vertex AI by ... .*'],
  },
  {
    section: sections.deployment,
    prompt: ['**Did you write an API for your model? How, or how would you?**'],
    length: words('100-200'),
    example: ['*We used FastAPI to ... .*'],
  },
  {
    prompt: ['**Did you deploy your API locally or in the cloud? How is the service called?**'],
    length: words('100-200'),
    example: ['*curl -X POST <weburl>*'],
  },
  {
    prompt: ['**Did you unit test and load test your API? What did the load test show?**'],
    length: words('100-200'),
    example: ['*We used pytest and locust; the service handled ... .*'],
  },
  {
    prompt: ['**Did you monitor your deployed model? How, or how would monitoring help?**'],
    length: words('100-200'),
    example: ['*We track ... with ... .*'],
  },
  {
    section: sections.discussion,
    prompt: [
      '**How many credits did you use, which service cost the most, and how was working in the cloud?**',
    ],
    length: words('100-200'),
    example: ['*In total we spent ... credits, mostly on ... .*'],
  },
  {
    prompt: ['**Did you build anything extra that no other question covers? What and why?**'],
    length: words('0-200'),
    example: ['*We added a frontend because ... .*'],
  },
  {
    prompt: ['**Include a figure of the overall architecture of your system and explain its steps.**'],
    length: words('200-400'),
    example: ['*The diagram starts at our local setup ... .*'],
  },
  {
    prompt: ['**What were the biggest struggles of the project and how did you overcome them?**'],
    length: words('200-400'),
    example: ['*Most time went into ... .*'],
  },
  {
    prompt: ['**State what each member contributed and how you used generative AI tools.**'],
    length: words('50-300'),
    example: ['*Student sXXXXXX set up ... .*'],
  },
];

/** The 27 questions of the 2023 and 2024 templates. */
const twentySeven: QuestionSpec[] = [
  ...common.slice(0, 19),
  { prompt: ['**Upload one image of your container registry showing the stored docker images.**'] },
  { prompt: ['**Upload one image of your cloud build history.**'] },
  {
    prompt: ['**Did you deploy your model locally or in the cloud? How is the service called?**'],
    length: words('100-200'),
    example: ['*curl -X POST <weburl>*'],
  },
  {
    prompt: ['**Did you monitor your deployed model? How, or how would monitoring help?**'],
    length: words('100-200'),
    example: ['*We track ... with ... .*'],
  },
  {
    prompt: ['**How many credits did you use, and which service cost the most?**'],
    length: words('25-100'),
    example: ['*We spent ... credits, mostly on ... .*'],
  },
  {
    section: sections.discussion,
    prompt: ['**Include a figure of the overall architecture of your system and explain its steps.**'],
    length: words('200-400'),
    example: ['*The diagram starts at our local setup ... .*'],
  },
  {
    prompt: ['**What were the biggest struggles of the project and how did you overcome them?**'],
    length: words('200-400'),
    example: ['*Most time went into ... .*'],
  },
  {
    prompt: ['**State what each member contributed.**'],
    length: words('50-200'),
    example: ['*Student sXXXXXX set up ... .*'],
  },
];

/** The questions of a generation, with the lengths that generation's checker used. */
const questionsFor = (generation: GenerationId): QuestionSpec[] => {
  if (generation === '2025' || generation === '2026') {
    const specs = [...thirtyOne];
    if (generation === '2025') specs[2] = { ...thirtyOne[2]!, length: words('100-200') };
    return specs;
  }
  const specs = [...twentySeven];
  specs[2] = {
    prompt: ['**Which framework did you choose, and did it help you complete the project?**'],
    length: words('100-200'),
    example: ['*We used ... to ... .*'],
  };
  specs[5] = {
    prompt: [
      '**Which rules for code quality and format did you follow, and why do they matter in larger projects?**',
    ],
    length: words('50-100'),
    example: ['*We used ... for linting and ... for formatting.*'],
  };
  return specs;
};

const intro = [
  '# Exam template for 02476 Machine Learning Operations',
  '',
  'Replace each placeholder written between three dashes, such as',
  '',
  '```--- question 1 fill here ---```',
  '',
  'with your answer and change nothing else. Put pictures in the `figures` folder and show them with',
  '',
  '`![my_image](figures/<image>.<extension>)`',
  '',
  'Run `python report.py check` to compare your answers with the length and image rules of each question.',
];

const checklist = [
  '## Overall project checklist',
  '',
  'Tick what you did; the module of each item is in parentheses.',
  '',
  '### Week 1',
  '',
  '* [ ] Create a git repository for the project (M5)',
  '* [ ] Keep the dependencies in a dedicated environment (M2)',
  '* [ ] Start from the cookiecutter template and keep its layout, adding folders only where the project',
  '    needs them (M6)',
  '* [ ] Build a docker image for training and check that it runs (M10)',
  '',
  '### Week 2',
  '',
  '* [ ] Write unit tests for the data code (M16)',
  '* [ ] Run the tests in continuous integration (M17)',
  '* [ ] Serve the model with a FastAPI application (M22)',
  '',
  '### Week 3',
  '',
  '* [ ] Check how robust the model is to data drift (M27)',
  '* [ ] Add system metrics to the API (M28)',
  '',
  '### Extra',
  '',
  '* [ ] Draw an architecture diagram of the pipeline',
  '* [ ] Push all the code to GitHub',
];

/** The `>` quote and answer of one question, as LF lines. */
const questionLines = (
  spec: QuestionSpec,
  number: number,
  lengthWording: string,
  answer: string | undefined,
): string[] => {
  const lines: string[] = [];
  if (spec.section) {
    lines.push(`## ${spec.section.title}`, '');
    if (spec.section.intro) lines.push(`> ${spec.section.intro}`, '');
  }
  // The upstream template has no blank line under the first three headings and one under all others.
  lines.push(`### Question ${number}`, ...(number > 3 ? [''] : []));
  lines.push(...spec.prompt.map((line) => `> ${line}`), '>');
  if (spec.length) lines.push(`> ${lengthWording} ${spec.length}`, '>');
  if (spec.example) lines.push('> Example:', ...spec.example.map((line) => `> ${line}`), '>');
  lines.push('> Answer:', '', ...(answer ?? `--- question ${number} fill here ---`).split('\n'));
  return lines;
};

/** Builds a synthetic exam report in the upstream template's structure (our own wording), for tests. */
export const makeReport = (
  options: {
    questions?: 27 | 31;
    /** Overrides `questions`: 2023 and 2024 have 27 questions, 2025 and 2026 have 31. */
    generation?: GenerationId;
    eol?: '\n' | '\r\n' | '\r';
    /** Answer text (LF line endings) by question number; the others keep their placeholder. */
    answers?: Record<number, string>;
    frontMatter?: boolean;
    checklist?: boolean;
    bom?: boolean;
    finalNewline?: boolean;
  } = {},
): string => {
  const generation = options.generation ?? (options.questions === 27 ? '2024' : '2026');
  const lengthWording = generation === '2023' ? 'Answer length:' : 'Recommended answer length:';
  const lines: string[] = [];
  if (options.frontMatter) lines.push('---', 'layout: default', 'nav_exclude: true', '---', '');
  lines.push(...intro, '');
  if (options.checklist ?? true) lines.push(...checklist, '');
  questionsFor(generation).forEach((spec, index) => {
    if (index > 0) lines.push('');
    lines.push(...questionLines(spec, index + 1, lengthWording, options.answers?.[index + 1]));
  });
  const eol = options.eol ?? '\n';
  const body = lines.join(eol) + ((options.finalNewline ?? true) ? eol : '');
  return (options.bom ? '\uFEFF' : '') + body;
};
