// Structured output is a capability some models and OpenAI-compatible servers lack. When a model
// refuses it, the same request goes once more without it, and later calls to that model skip it:
// a capability fallback, not a retry layer (the request was refused, nothing was generated).

export class StructuredOutputFallback {
  readonly #refusedBy = new Set<string>();

  /**
   * Sends with structured output when asked for and not known to be refused by `model`; when the
   * server refuses it (as `isRefusal` recognises), remembers that and sends once without it.
   */
  async send<T>(
    model: string,
    wanted: boolean,
    send: (structured: boolean) => Promise<T>,
    isRefusal: (error: unknown) => boolean,
  ): Promise<T> {
    const structured = wanted && !this.#refusedBy.has(model);
    try {
      return await send(structured);
    } catch (error) {
      if (!structured || !isRefusal(error)) throw error;
      this.#refusedBy.add(model);
      return send(false);
    }
  }
}
