/**
 * Characters Python's `str.split()` splits on (`Py_UNICODE_ISSPACE`), as a regex character class body.
 * It differs from JavaScript's `\s`: U+001C–U+001F and U+0085 split in Python, U+FEFF does not.
 */
export const pythonWhitespace =
  '\\t\\n\\v\\f\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
