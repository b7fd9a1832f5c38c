/** Latency percentiles and a memory sampler for the load run. */

export function percentile(values: readonly number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
}

export const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;
const mb = (bytes: number) => round(bytes / 1_048_576);

export interface MemoryPeaks {
  startRssMb: number;
  peakRssMb: number;
  peakHeapUsedMb: number;
}

/** Samples process.memoryUsage() every 100 ms until stopped; returns the peaks. */
export function sampleMemory(): { stop: () => MemoryPeaks } {
  const start = process.memoryUsage();
  let peakRss = start.rss;
  let peakHeap = start.heapUsed;
  const timer = setInterval(() => {
    const now = process.memoryUsage();
    peakRss = Math.max(peakRss, now.rss);
    peakHeap = Math.max(peakHeap, now.heapUsed);
  }, 100);
  timer.unref();
  return {
    stop: () => {
      clearInterval(timer);
      return { startRssMb: mb(start.rss), peakRssMb: mb(peakRss), peakHeapUsedMb: mb(peakHeap) };
    },
  };
}
