import fs from 'node:fs';

const MB = 1024 * 1024;

/**
 * Samples this process's RSS on a timer and whenever asked. Synchronous SQLite work
 * blocks the timer, so the measurements also call sample() after every operation.
 */
export class RssSampler {
  peakBytes = 0;
  samples = 0;
  private timer: NodeJS.Timeout | undefined;

  start(intervalMs = 10): void {
    this.sample();
    this.timer = setInterval(() => this.sample(), intervalMs);
    this.timer.unref();
  }

  sample(): void {
    const rss = process.memoryUsage.rss();
    this.samples++;
    if (rss > this.peakBytes) this.peakBytes = rss;
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.sample();
  }
}

/** VmHWM (peak RSS) and VmRSS from /proc, in MB; undefined where /proc is not there (not Linux). */
export function procMemory(pid: number | 'self'): { peakMb?: number; rssMb?: number } {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => {
      const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
      return m ? (Number(m[1]) * 1024) / MB : undefined;
    };
    return { peakMb: kb('VmHWM'), rssMb: kb('VmRSS') };
  } catch {
    return {};
  }
}

/** Resets this process's VmHWM to its current RSS (Linux 4.0+), so a peak belongs to one phase. */
export function resetPeakRss(): boolean {
  try {
    fs.writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}

export function toMb(bytes: number): number {
  return bytes / MB;
}
