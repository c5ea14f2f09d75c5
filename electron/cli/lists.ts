// Comma-separated option values (`--reviewers ana,ben`).
export const splitList = (list: string): string[] =>
  list
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
