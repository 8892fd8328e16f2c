/** What every platform's transport answers with, whatever the platform called it. */
export interface RawResponse {
  statusCode: number;
  header: Record<string, unknown>;
  data: unknown;
}

export interface RawRequest {
  url: string;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  header: Record<string, string>;
  data?: unknown;
  timeout: number;
}

/** Thrown when no HTTP answer arrived at all. */
export class TransportError extends Error {
  constructor(
    readonly kind: 'network' | 'timeout',
    detail: string,
  ) {
    super(detail);
    this.name = 'TransportError';
  }
}

export function isTimeoutMessage(text: string): boolean {
  return /timeout|timed out|超时|abort/i.test(text);
}
