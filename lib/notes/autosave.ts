/**
 * Saves as the agent types without ever losing the latest text: the newest value waits in
 * memory until a save of exactly that value has succeeded. A failed save is retried with
 * backoff and the value stays; a value typed during a save is saved right after it.
 */
export type AutosaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

export interface AutosaverOptions<T> {
  save: (value: T) => Promise<void>;
  delayMs?: number;
  /** First retry delay after a failure; doubles up to maxRetryMs. */
  retryMs?: number;
  maxRetryMs?: number;
  now?: () => number;
}

export interface AutosaveState {
  status: AutosaveStatus;
  isDirty: boolean;
  lastSavedAt: number | null;
  lastError: unknown;
}

export class Autosaver<T> {
  private latest: { value: T } | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inFlight: Promise<void> | null = null;
  private failures = 0;
  private disposed = false;
  private listeners = new Set<() => void>();
  private snapshot: AutosaveState = { status: 'idle', isDirty: false, lastSavedAt: null, lastError: null };
  private readonly delayMs: number;
  private readonly retryMs: number;
  private readonly maxRetryMs: number;
  private readonly now: () => number;

  constructor(private readonly options: AutosaverOptions<T>) {
    this.delayMs = options.delayMs ?? 400;
    this.retryMs = options.retryMs ?? 1000;
    this.maxRetryMs = options.maxRetryMs ?? 30_000;
    this.now = options.now ?? Date.now;
  }

  get isDirty(): boolean {
    return this.snapshot.isDirty;
  }

  get lastSavedAt(): number | null {
    return this.snapshot.lastSavedAt;
  }

  /** A stable object until something changes (for React's useSyncExternalStore). */
  getState = (): AutosaveState => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The agent typed: remember the value and save it once typing pauses. */
  update(value: T): void {
    this.latest = { value };
    this.failures = 0;
    this.set({ isDirty: true, status: this.inFlight ? 'saving' : 'pending' });
    this.schedule(this.delayMs);
  }

  /** Saves now (panel hidden, page closing, note switched); resolves when nothing is left unsaved or a save failed. */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    while (this.inFlight) await this.inFlight;
    if (this.latest) await this.run();
  }

  /** Stops timers; unsaved text stays readable via `pending()` so the caller can flush first. */
  dispose(): void {
    this.disposed = true;
    clearTimeout(this.timer);
    this.listeners.clear();
  }

  pending(): T | undefined {
    return this.latest?.value;
  }

  private schedule(ms: number): void {
    clearTimeout(this.timer);
    if (this.disposed) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.run();
    }, ms);
  }

  private async run(): Promise<void> {
    if (this.inFlight) return; // the finishing save reschedules if more arrived
    const entry = this.latest;
    if (!entry) return;
    this.set({ status: 'saving' });
    const attempt = this.options.save(entry.value);
    this.inFlight = attempt.then(
      () => this.succeeded(entry),
      (error: unknown) => this.failed(error),
    );
    await this.inFlight;
  }

  private succeeded(entry: { value: T }): void {
    this.inFlight = null;
    this.failures = 0;
    if (this.latest === entry) {
      this.latest = null;
      this.set({ status: 'saved', isDirty: false, lastSavedAt: this.now(), lastError: null });
    } else {
      this.set({ lastSavedAt: this.now(), lastError: null });
      this.schedule(0); // typed while saving: save the newer text too
    }
  }

  private failed(error: unknown): void {
    this.inFlight = null;
    this.failures += 1;
    this.set({ status: 'error', lastError: error });
    this.schedule(Math.min(this.retryMs * 2 ** (this.failures - 1), this.maxRetryMs));
  }

  private set(patch: Partial<AutosaveState>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    this.listeners.forEach((listener) => listener());
  }
}
