// Requests sent as messages, each waiting for the reply that carries its id.
export class PendingReplies<T> {
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve: (value: T) => void; reject: (error: Error) => void }>();

  /** Sends a request with a fresh id (through `send`) and waits for its reply. */
  ask(send: (id: number) => void): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      send(id);
    });
  }

  settle(id: number, value: T): void {
    this.waiting.get(id)?.resolve(value);
    this.waiting.delete(id);
  }

  fail(id: number, error: Error): void {
    this.waiting.get(id)?.reject(error);
    this.waiting.delete(id);
  }

  /** Answers every request still waiting with `value` (the other side is gone). */
  settleAll(value: T): void {
    for (const { resolve } of this.waiting.values()) resolve(value);
    this.waiting.clear();
  }

  /** Rejects every request still waiting (the other side is gone). */
  failAll(error: Error): void {
    for (const { reject } of this.waiting.values()) reject(error);
    this.waiting.clear();
  }
}
