/**
 * Ink, React and the app, loaded only for an interactive run so `check` and scripts never pay for them. `noColor`
 * (NO_COLOR): Ink colours through its own copy of chalk, which it does not export and which fixes its colour level
 * once, when it loads, from FORCE_COLOR (it knows no NO_COLOR); so FORCE_COLOR=0 is set for that load only and put
 * back at once, and the editor and python the wizard starts never inherit it.
 */
export const loadUi = async (noColor: boolean) => {
  const forceColor = process.env.FORCE_COLOR;
  if (noColor) process.env.FORCE_COLOR = '0';
  try {
    const [{ render }, { default: React }, { App }] = await Promise.all([
      import('ink'),
      // React is CommonJS: a bundled dynamic import only has its `default`.
      import('react'),
      import('../../ui/App.js'),
    ]);
    return { render, React, App };
  } finally {
    if (noColor && forceColor === undefined) delete process.env.FORCE_COLOR;
    else if (noColor) process.env.FORCE_COLOR = forceColor;
  }
};
