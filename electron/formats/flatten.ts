// Turns batches of rows into a stream of records.

/**
 * Flattens an async generator of batches into single items, building each item on demand.
 * Hand-written rather than an async generator: suspending and resuming a generator per row costs
 * about a third of what parsing a JSONL row does, and this is the JSONL hot path.
 * If building an item fails, the source is closed (a for-await loop does not close an iterator
 * whose next() rejected).
 */
export function flatten<T, U>(source: AsyncGenerator<T[]>, build: (item: T) => U): AsyncIterableIterator<U> {
  let batch: readonly T[] = [];
  let next = 0;
  const take = (): IteratorResult<U> => {
    try {
      return { done: false, value: build(batch[next++]!) };
    } catch (e) {
      void source.return(undefined);
      throw e;
    }
  };
  const refill = async (): Promise<IteratorResult<U>> => {
    while (next >= batch.length) {
      const r = await source.next();
      if (r.done) return { done: true, value: undefined };
      batch = r.value;
      next = 0;
    }
    return take();
  };
  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    next() {
      if (next >= batch.length) return refill();
      try {
        return Promise.resolve(take());
      } catch (e) {
        return Promise.reject(e);
      }
    },
    async return() {
      await source.return(undefined);
      return { done: true, value: undefined };
    },
  };
}
