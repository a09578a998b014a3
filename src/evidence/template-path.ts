/**
 * Where a file of the cookiecutter template lands in a generated project: without the `{{ cookiecutter.repo_name }}/`
 * folder, the package folder as `*`, and without the `_pip`/`_uv` variant suffix its post-generation hook removes.
 * Null for files outside the generated project (the template's own tests and hooks).
 */
export const templatePath = (path: string): string | null => {
  const slash = path.indexOf('/');
  if (slash < 0 || !path.startsWith('{{')) return null;
  return path
    .slice(slash + 1)
    .replace(/\{\{[^}]*\}\}/g, '*')
    .replace(/_(?:pip|uv)(\.[\w]+)$/, '$1');
};
