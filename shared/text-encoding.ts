// Encoding names users may give for a file's text.

/**
 * The WHATWG name of an encoding label the user typed (`latin1` and `iso-8859-1` name
 * windows-1252, as browsers read them). Undefined for a label no TextDecoder knows.
 */
export function canonicalEncoding(label: string): string | undefined {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return undefined;
  }
}
