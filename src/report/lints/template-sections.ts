/** The `##` section titles of every template generation (lower case): headings the student did not write. */
export const templateSections: ReadonlySet<string> = new Set([
  'overall project checklist',
  'group information',
  'coding environment',
  'version control',
  'running code and tracking experiments',
  'working in the cloud',
  'deployment',
  'overall discussion of project',
]);
