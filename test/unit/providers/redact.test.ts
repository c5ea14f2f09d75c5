// The one redaction of error messages: known keys and anything key-shaped, never ordinary words.
import { describe, expect, it } from 'vitest';
import { describeError, keyHint, redact, redactKnownKeys, rememberSecret } from '../../../electron/providers/redact';

describe('redact', () => {
  it('masks the keys in the environment, whatever their shape', () => {
    const env = {
      GAVEL_KEY_LOCAL: 'local-key-1234',
      AZURE_OPENAI_API_KEY: '0123456789abcdef0123',
      AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      AWS_SESSION_TOKEN: 'IQoJb3JpZ2luX2VjEXAMPLETOKEN',
      HOME: '/home/someone',
    };
    const text = `bad keys local-key-1234, 0123456789abcdef0123, wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY, IQoJb3JpZ2luX2VjEXAMPLETOKEN in /home/someone`;
    expect(redact(text, env)).toBe('bad keys [redacted], [redacted], [redacted], [redacted] in /home/someone');
  });

  it('masks keys read from a key store once remembered', () => {
    rememberSecret('stored-key-from-keychain');
    expect(redact('got stored-key-from-keychain back', {})).toBe('got [redacted] back');
    expect(redactKnownKeys('got stored-key-from-keychain back', {})).toBe('got [redacted] back');
  });

  it('masks key-shaped strings it was never told about', () => {
    expect(redact('Incorrect API key provided: sk-proj-AbCdEf0123456789xyz.', {})).toBe(
      'Incorrect API key provided: [redacted].',
    );
    expect(redact('Authorization: Bearer abc.DEF-ghi_0123456789jkl', {})).toBe('Authorization: Bearer [redacted]');
    expect(redact('key ids AKIAIOSFODNN7EXAMPLE and ASIAIOSFODNN7EXAMPLE', {})).toBe(
      'key ids [redacted] and [redacted]',
    );
    expect(redact('GET /deployments?api-key=abc123secret&x=1', {})).toBe('GET /deployments?api-key=[redacted]&x=1');
    expect(redact('{"api_key": "abc123secret"}', {})).toBe('{"api_key": "[redacted]"}');
  });

  it('leaves ordinary words alone', () => {
    const text = 'Use sk-learn; Bearer tokens expire; the AKIA prefix names access keys.';
    expect(redact(text, {})).toBe(text);
  });

  it('masks only known keys in model replies, which may rightly quote key-shaped examples', () => {
    const reply = 'The answer leaks no secret: sk-proj-AbCdEf0123456789xyz is the documented example.';
    expect(redactKnownKeys(reply, {})).toBe(reply);
    expect(redactKnownKeys('echo: my-env-key-999', { OPENAI_API_KEY: 'my-env-key-999' })).toBe('echo: [redacted]');
  });

  it('reports an error with its causes for a log line', () => {
    const error = new Error('outer', { cause: new Error('inner sk-proj-AbCdEf0123456789xyz') });
    const line = redact(describeError(error), {});
    expect(line).toMatch(/outer[\s\S]*Caused by: Error: inner \[redacted\]/);
  });
});

describe('keyHint', () => {
  it('shows enough to tell keys apart, never enough to use one', () => {
    expect(keyHint('sk-proj-AbCdEf0123456789wxyz')).toBe('sk-…wxyz');
    expect(keyHint('0123456789abcdef0123')).toBe('…0123');
    expect(keyHint('short')).toBe('…');
  });
});
