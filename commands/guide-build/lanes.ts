/**
 * At most `count` jobs at a time, started in the order they were asked for:
 * the build's flows and limit pictures each wait mostly on the browser, so a
 * few at once keep both cores busy, and the results keep their order.
 */
export type Lanes = <T>(job: () => Promise<T>) => Promise<T>;

export function lanes(count: number): Lanes {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async (job) => {
    if (running < count) running++;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await job();
    } finally {
      // The freed lane goes straight to the next job in line, if any.
      const next = waiting.shift();
      if (next) next();
      else running--;
    }
  };
}
