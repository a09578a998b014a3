/** The template's `--- question N fill here ---`, as a pattern source for the regexes that look for it. */
export const placeholderPattern = String.raw`---\s*question\s+\d+\s+fill\s+here\s*---`;
