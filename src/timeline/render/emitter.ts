/** A small typed event emitter: `on` returns its own unsubscribe, `clear` drops every handler. */
export interface Emitter<Events> {
  on<K extends keyof Events>(type: K, handler: (value: Events[K]) => void): () => void;
  emit<K extends keyof Events>(type: K, value: Events[K]): void;
  clear(): void;
}

export function createEmitter<Events>(): Emitter<Events> {
  const handlers = new Map<keyof Events, Set<(value: never) => void>>();
  type Handler = (value: unknown) => void;
  return {
    on(type, handler) {
      let set = handlers.get(type);
      if (!set) handlers.set(type, (set = new Set()));
      set.add(handler as (value: never) => void);
      return () => {
        set.delete(handler as (value: never) => void);
      };
    },
    emit(type, value) {
      for (const handler of [...(handlers.get(type) ?? [])]) (handler as Handler)(value);
    },
    clear: () => handlers.clear(),
  };
}
