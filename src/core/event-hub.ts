import type { ApiEvent, ApiEvents } from '../shared/api';

type Listener = (event: ApiEvent, payload: ApiEvents[ApiEvent]) => void;

/** Pushes app events to whichever shells are listening (IPC, Server-Sent Events). */
export class EventHub {
  #listeners = new Set<Listener>();

  emit<E extends ApiEvent>(event: E, payload: ApiEvents[E]): void {
    for (const listener of this.#listeners) listener(event, payload);
  }

  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}
