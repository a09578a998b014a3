/** The HTML comments (`<!--- name -->`) a line of text ends with, with the white space before them; '' when none. */
export const trailingComments = (text: string): string =>
  /(?:\s*<!--(?:(?!-->)[\s\S])*-->)+\s*$/.exec(text)?.[0] ?? '';
