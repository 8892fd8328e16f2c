import { Injectable } from '@nestjs/common';

/**
 * The BFF's idea of "now" for rules that depend on the calendar (slots, cut-offs, no-shows). Production
 * reads the system clock; the API tests move it to a chosen day to book across a holiday.
 */
@Injectable()
export class Clock {
  private offsetMs = 0;

  now(): number {
    return Date.now() + this.offsetMs;
  }

  /** Tests only: from now on, the clock reads `at` and keeps ticking from there. */
  travelTo(at: number): void {
    this.offsetMs = at - Date.now();
  }
}
