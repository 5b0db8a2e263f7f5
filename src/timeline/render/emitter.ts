/** A small typed event emitter: `on` returns its own unsubscribe, `clear` drops every handler. */
export class Emitter<Events extends { [K in keyof Events]: unknown }> {
  private readonly handlers = new Map<keyof Events, Set<(value: never) => void>>();

  on<K extends keyof Events>(type: K, handler: (value: Events[K]) => void): () => void {
    let set = this.handlers.get(type);
    if (!set) this.handlers.set(type, (set = new Set()));
    set.add(handler as (value: never) => void);
    return () => {
      set.delete(handler as (value: never) => void);
    };
  }

  emit<K extends keyof Events>(type: K, value: Events[K]): void {
    for (const handler of [...(this.handlers.get(type) ?? [])]) (handler as (value: Events[K]) => void)(value);
  }

  clear(): void {
    this.handlers.clear();
  }
}
