/** A memory sampler for the load run. */
import { round } from '../stats';

const mb = (bytes: number) => round(bytes / 1_048_576, 1);

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
