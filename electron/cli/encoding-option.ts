// The --encoding option of the commands that read text files (import, labels import).
export const ENCODING_HELP =
  'read the file in this text encoding (e.g. windows-1252, latin1); default: UTF-8, or UTF-16 when the file starts with its byte-order mark';
