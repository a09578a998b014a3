/** Python whitespace outside ASCII (`str.split()` splits on it): spaces a keyboard or a copy from the web sneaks in. */
export const nonAsciiSpace = /[\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/g;
