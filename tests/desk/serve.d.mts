export interface RunningDesk {
  /** `http://host:port/desk/`, or for the classic site `http://host:port/` (webmail under `mail/`). */
  url: string;
  port: number;
  close(): Promise<void>;
}
export function startDesk(options?: {
  port?: number;
  host?: string;
  /** The classic helpdesk and webmail site instead of the desk, with its own fresh tickets. */
  classic?: boolean;
  /** Classic: how long the ticket page's history takes to arrive by XHR (default 700 ms). */
  historyDelayMs?: number;
}): Promise<RunningDesk>;
