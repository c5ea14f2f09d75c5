// Streams the parts of one JSON document an importer needs (array elements, table rows, promptfoo
// results) with stream-json, assembling only those parts and skipping the rest token by token.
import { none } from 'stream-chain/defs.js';
import { Assembler } from 'stream-json/core/assembler.js';
import { jsonParser, type Token } from 'stream-json/core/parser.js';
import { jsonVerifier } from 'stream-json/core/utils/verifier.js';
import { ImportRejected } from './errors';
import type { SourceFile } from './source-file';
import { readText } from './text-chunks';
import { readLines } from './text-lines';

type JsonPath = readonly (string | number)[];
type JsonKind = 'object' | 'array' | 'scalar';
/** `take` assembles the value and yields it; `enter` walks into a container; `skip` ignores it. */
type Choice = 'take' | 'enter' | 'skip';
/** Decides what to do with each value the walk meets, given where it starts and what it is. */
export type Select = (path: JsonPath, kind: JsonKind) => Choice;

export interface Picked {
  path: JsonPath;
  value: unknown;
  /** Index of the value's first token, to find its line if it turns out to be wrong. */
  token: number;
}

/**
 * A document of the wrong shape at some token. A Select reports one by throwing any Error, whose
 * message is the reason; readers that find the problem in a picked value throw this directly.
 */
export class JsonShapeError extends Error {
  constructor(
    readonly token: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

interface Frame {
  array: boolean;
  skip: boolean;
  next: number;
}

/** Turns parser tokens into picked values. Shared by whole-file walks and head sniffing. */
class TokenWalker {
  private readonly frames: Frame[] = [];
  private readonly path: (string | number)[] = [];
  private readonly asm = new Assembler();
  private assembling: { path: JsonPath; token: number } | null = null;
  /** Tokens seen so far. */
  private tokens = 0;

  constructor(private readonly select: Select) {}

  push(tokens: readonly Token[], out: Picked[]): void {
    for (const t of tokens) {
      const index = this.tokens++;
      if (this.assembling !== null) {
        this.asm.consume(t);
        if (this.asm.done) this.emit(out);
        continue;
      }
      const depth = this.frames.length;
      const top = this.frames[depth - 1];
      switch (t.name) {
        case 'keyValue':
          if (top !== undefined && !top.skip) this.path[depth - 1] = t.value;
          continue;
        case 'endObject':
        case 'endArray':
          this.frames.pop();
          this.path.pop();
          continue;
        case 'startObject':
        case 'startArray':
        case 'stringValue':
        case 'numberValue':
        case 'nullValue':
        case 'trueValue':
        case 'falseValue':
          break;
        default:
          continue;
      }
      const container = t.name === 'startObject' || t.name === 'startArray';
      if (top?.skip) {
        if (container) this.enter(t.name === 'startArray', true);
        continue;
      }
      if (top?.array) this.path[depth - 1] = top.next++;
      const kind: JsonKind = t.name === 'startObject' ? 'object' : t.name === 'startArray' ? 'array' : 'scalar';
      let choice: Choice;
      try {
        choice = this.select(this.path, kind);
      } catch (e) {
        if (e instanceof JsonShapeError) throw e;
        throw new JsonShapeError(index, (e as Error).message);
      }
      if (choice === 'take') {
        this.assembling = { path: this.path.slice(), token: index };
        this.asm.consume(t);
        if (this.asm.done) this.emit(out);
      } else if (container) {
        this.enter(t.name === 'startArray', choice === 'skip');
      }
    }
  }

  private enter(array: boolean, skip: boolean): void {
    this.frames.push({ array, skip, next: 0 });
    this.path.push('');
  }

  private emit(out: Picked[]): void {
    const { path, token } = this.assembling!;
    out.push({ path, value: this.asm.current, token });
    this.assembling = null;
  }
}

const parserOptions = { packValues: true, streamValues: false } as const;

/**
 * Walks the whole file, yielding the picked values in batches (one per chunk read). Invalid JSON,
 * including a truncated file, is refused with its line and column; a wrongly shaped document
 * (a JsonShapeError from `select`) with the line of the offending value.
 */
export async function* walkJson(
  file: SourceFile,
  select: Select,
  onBytes?: (bytes: number) => void,
): AsyncGenerator<Picked[]> {
  const parse = jsonParser(parserOptions);
  const walker = new TokenWalker(select);
  try {
    for await (const text of readText(file, onBytes)) {
      const out: Picked[] = [];
      walker.push(tokensOf(parse(text)), out);
      if (out.length > 0) yield out;
    }
    const out: Picked[] = [];
    walker.push(tokensOf(parse(none as never)), out);
    if (out.length > 0) yield out;
  } catch (e) {
    if (e instanceof JsonShapeError) throw await shapeRejection(file, e);
    if (e instanceof ImportRejected) throw e;
    throw await syntaxRejection(file, (e as Error).message);
  }
}

/**
 * Walks text that may stop mid-document (the head of a file, for detection): no flush, and a
 * syntax error simply ends the walk. Fed line by line so that an error late in the head keeps
 * what came before it; JSON streaming mode lets a JSONL head parse past line one.
 */
export function walkJsonHead(text: string, select: Select): Picked[] {
  const parse = jsonParser({ ...parserOptions, jsonStreaming: true });
  const walker = new TokenWalker(select);
  const picked: Picked[] = [];
  try {
    for (const line of text.split(/(?<=\n)/)) walker.push(tokensOf(parse(line)), picked);
  } catch {
    // A syntax or shape error in the head: what was picked before it is all detection needs.
  }
  return picked;
}

function tokensOf(result: unknown): readonly Token[] {
  return result === none ? [] : (result as { values: Token[] }).values;
}

/** Rejection for a value of the wrong shape, at the line its first token is on. */
export async function shapeRejection(file: SourceFile, e: JsonShapeError): Promise<ImportRejected> {
  return new ImportRejected(file.name, `line ${await lineOfToken(file, e.token)}`, e.reason);
}

/**
 * Finds the line of the n-th token by parsing again one line at a time, so every token is known
 * to end on the line just fed. Only error paths pay for this.
 */
async function lineOfToken(file: SourceFile, token: number): Promise<number> {
  const parse = jsonParser(parserOptions);
  let seen = 0;
  let lastLine = 1;
  try {
    for await (const { lines, firstLine } of readLines(file)) {
      for (let i = 0; i < lines.length; i++) {
        lastLine = firstLine + i;
        seen += tokensOf(parse(lines[i] + '\n')).length;
        if (seen > token) return lastLine;
      }
    }
  } catch {
    // Invalid JSON after the token: the line reached is as close as this gets.
  }
  return lastLine;
}

/**
 * The parser says what is wrong but not where; the verifier, run again over the file, gives the
 * line and column.
 */
async function syntaxRejection(file: SourceFile, parserMessage: string): Promise<ImportRejected> {
  const verify = jsonVerifier();
  let length = 0;
  try {
    for await (const text of readText(file)) {
      length += text.length;
      verify(text);
    }
    verify(none as never);
  } catch (e) {
    if (e instanceof ImportRejected) return e;
    const { line, pos, offset, message } = e as {
      line?: number;
      pos?: number;
      offset?: number;
      message: string;
    };
    if (line !== undefined && pos !== undefined) {
      const atEnd = offset !== undefined && offset >= length;
      return new ImportRejected(file.name, `line ${line}, column ${pos}`, syntaxReason(message, atEnd));
    }
  }
  return new ImportRejected(file.name, 'line 1', syntaxReason(parserMessage, false));
}

/** Rewords stream-json's messages ("Verifier cannot parse input: expected ','"). */
function syntaxReason(message: string, atEnd: boolean): string {
  const detail = /(?:has|cannot parse input:) (.*)$/.exec(message)?.[1] ?? message;
  if (atEnd || message.includes('has expected')) {
    return `the JSON ends too early (is the file truncated?): ${detail}`;
  }
  if (detail === 'unexpected characters') {
    return 'invalid JSON: expected the end of the file after the top-level value';
  }
  if (detail === 'escaped characters') {
    return 'invalid JSON: a string holds a raw control character or a bad escape sequence';
  }
  return `invalid JSON: ${detail}`;
}
