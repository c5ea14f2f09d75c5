import { describe, expect, it } from 'vitest';
import { locateQuotes, type AuditSources, type Citation } from '../../../renderer/src/audit/locate-quotes';
import { textSegments } from '../../../renderer/src/audit/text-segments';

const response =
  'To reset your password, open **Settings → Security** and choose *Reset password*.\n\n' +
  'A reset link is emailed to you and expires after 24 hours.';
const expected = 'Go to Settings, then Security, and click Reset password. The link is valid for one day.';
const chunks = [
  'Billing questions are answered by the finance team within two business days.',
  'Password reset links are sent to the account email address. Each link expires twenty-four hours ' +
    'after it was issued, and a used link cannot be opened again.',
];
const sources: AuditSources = { response, expected_response: expected, context: chunks };

const sourceText = (range: Citation['found'][number]) => {
  const text =
    range.source === 'response'
      ? response
      : range.source === 'expected_response'
        ? expected
        : chunks[Number(range.source.split(':')[1])]!;
  return text.slice(range.start, range.end);
};

const citation = (citations: Citation[], text: string) => citations.find((c) => c.text.includes(text));

describe('locateQuotes: quotes', () => {
  it('finds curly-quoted text and maps the range onto the original characters, markdown included', () => {
    const { citations } = locateQuotes(
      'The response is correct: it says to open “Settings → Security” and that the link “expires after 24 hours”.',
      sources,
    );
    const settings = citation(citations, 'Settings → Security')!;
    expect(settings.kind).toBe('quote');
    expect(settings.found.map((range) => range.source)).toContain('response');
    const inResponse = settings.found.find((range) => range.source === 'response')!;
    expect(sourceText(inResponse)).toBe('Settings → Security');
    expect(response.slice(inResponse.start - 2, inResponse.end + 2)).toBe('**Settings → Security**');
    expect(sourceText(citation(citations, 'expires after')!.found[0]!)).toBe('expires after 24 hours');
  });

  it('matches a quote whose whitespace, case and punctuation differ from the source', () => {
    const { citations } = locateQuotes(
      'It tells the user to "open  settings → SECURITY and choose reset password" before anything else.',
      sources,
    );
    const [quote] = citations;
    expect(quote?.found).toHaveLength(1);
    expect(sourceText(quote!.found[0]!)).toBe('open **Settings → Security** and choose *Reset password');
  });

  it('marks a quote found nowhere as unsupported', () => {
    const { citations } = locateQuotes(
      'The answer wrongly claims "resets require a phone call to support", which no source says.',
      sources,
    );
    expect(citations).toEqual([{ text: 'resets require a phone call to support', kind: 'quote', found: [] }]);
  });

  it('takes single-quoted spans of three words or more and backticks, but not apostrophes or scare quotes', () => {
    const { citations } = locateQuotes(
      "The user's issue is covered: 'a used link cannot be opened again' is in the docs, the 'fix' is " +
        'fine and the `Reset password` button exists.',
      sources,
    );
    expect(citations.filter((c) => c.kind === 'quote').map((c) => c.text)).toEqual([
      'a used link cannot be opened again',
      'Reset password',
    ]);
    expect(citation(citations, 'a used link')!.found).toEqual([expect.objectContaining({ source: 'context:1' })]);
    expect(citation(citations, 'Reset password')!.found.map((range) => range.source)).toEqual([
      'response',
      'expected_response',
    ]);
  });

  it('lists a passage quoted twice once, with every place it occurs', () => {
    const { citations } = locateQuotes('"reset password" appears, and "Reset Password" again.', sources);
    expect(citations).toHaveLength(1);
    expect(citations[0]!.found.map(sourceText)).toEqual(['Reset password', 'Reset password']);
  });
});

describe('locateQuotes: paraphrases', () => {
  it('locates a sentence that closely paraphrases a context chunk', () => {
    const { citations } = locateQuotes(
      'The retrieved documentation confirms this. Reset links go to the account email address and each ' +
        'link expires twenty-four hours after being issued.',
      sources,
    );
    const paraphrase = citations.find((c) => c.kind === 'paraphrase');
    expect(paraphrase?.text).toMatch(/^Reset links go to the account email/);
    expect(paraphrase?.found.map((range) => range.source)).toEqual(['context:1']);
    expect(sourceText(paraphrase!.found[0]!)).toMatch(/^reset links are sent to the account email .* issued$/i);
  });

  it('does not count a near miss that only shares the topic', () => {
    const { citations } = locateQuotes(
      'Password security matters, so the link should be sent quickly and the user should not wait long.',
      sources,
    );
    expect(citations).toEqual([]);
  });

  it('ignores short sentences, and the words inside quotes when judging a sentence', () => {
    const { citations } = locateQuotes(
      'Reset links expire. It quotes "each link expires twenty-four hours after it was issued" verbatim.',
      sources,
    );
    expect(citations.map((c) => c.kind)).toEqual(['quote']);
  });
});

describe('textSegments', () => {
  it('cuts the text into marked and plain pieces that join back into it, merging overlaps', () => {
    const text = 'one **two** three four';
    const segments = textSegments(text, [
      { start: 4, end: 11 },
      { start: 8, end: 17 },
      { start: 30, end: 40 },
    ]);
    expect(segments).toEqual([
      { text: 'one ', marked: false },
      { text: '**two** three', marked: true },
      { text: ' four', marked: false },
    ]);
    expect(segments.map((segment) => segment.text).join('')).toBe(text);
  });
});
