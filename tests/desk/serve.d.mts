export interface RunningDesk {
  url: string;
  port: number;
  close(): Promise<void>;
}
export function startDesk(options?: { port?: number; host?: string }): Promise<RunningDesk>;
