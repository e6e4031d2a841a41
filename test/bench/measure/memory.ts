import fs from 'node:fs';

const MB = 1024 * 1024;

export interface PhasePeak {
  phase: string;
  peakMb: number;
  /** RSS after a full garbage collection at the end of the phase: V8 and malloc keep freed memory for a while. */
  afterGcMb: number;
  /** Live JavaScript heap after that collection: what is really still held. */
  heapAfterGcMb: number;
}

/**
 * This process's peak RSS, per phase. Each phase starts after a full garbage
 * collection (with --expose-gc), so garbage from one phase does not count towards
 * the next. Where Linux allows, VmHWM is reset at the start of each phase and read at
 * its end, which catches peaks between samples; RSS is also sampled on a timer and
 * after every operation (synchronous SQLite blocks the timer).
 */
export class PeakMemory {
  readonly phases: PhasePeak[] = [];
  samples = 0;
  private current: string | undefined;
  private sampledPeak = 0;
  private timer: NodeJS.Timeout | undefined;
  private readonly hwm = resetPeakRss();

  start(intervalMs = 10): void {
    this.timer = setInterval(() => this.sample(), intervalMs);
    this.timer.unref();
  }

  begin(phase: string): void {
    this.end();
    globalThis.gc?.();
    if (this.hwm) resetPeakRss();
    this.current = phase;
    this.sampledPeak = 0;
    this.sample();
  }

  sample(): void {
    const rss = process.memoryUsage.rss();
    this.samples++;
    if (rss > this.sampledPeak) this.sampledPeak = rss;
  }

  end(): void {
    if (this.current === undefined) return;
    this.sample();
    const hwm = this.hwm ? procMemory('self').peakMb : undefined;
    globalThis.gc?.();
    this.phases.push({ phase: this.current, peakMb: Math.max(hwm ?? 0, this.sampledPeak / MB), afterGcMb: process.memoryUsage.rss() / MB, heapAfterGcMb: process.memoryUsage().heapUsed / MB });
    this.current = undefined;
  }

  stop(): void {
    this.end();
    if (this.timer) clearInterval(this.timer);
  }

  /** The highest phase, or undefined before any phase ended. */
  peak(): PhasePeak | undefined {
    return this.phases.reduce<PhasePeak | undefined>((best, p) => (best === undefined || p.peakMb > best.peakMb ? p : best), undefined);
  }

  get source(): string {
    return this.hwm ? 'VmHWM per phase and sampled RSS' : 'sampled RSS';
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
function resetPeakRss(): boolean {
  try {
    fs.writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}
