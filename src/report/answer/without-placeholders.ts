import { placeholderPattern } from '../placeholder.js';

const placeholders = new RegExp(placeholderPattern, 'gi');

/** `text` with every template placeholder (`--- question 3 fill here ---`) blanked out, words around it kept apart. */
export const withoutPlaceholders = (text: string): string => text.replace(placeholders, ' ');
