import { SingleBar } from 'cli-progress';

export interface Progress {
  update(done: number, total: number | null, message?: string): void;
  stop(): void;
}

/**
 * A progress bar on stderr for long work when a person watches a terminal; otherwise (CI, pipes,
 * --json) a line at each tenth so logs stay short.
 */
export function progressBar(label: string, options: { quiet?: boolean } = {}): Progress {
  if (options.quiet) return { update() {}, stop() {} };
  if (process.stderr.isTTY) {
    const bar = new SingleBar({
      format: `${label.padEnd(14)} [{bar}] {percentage}% | {value}/{total} {message}`,
      barCompleteChar: '█',
      barIncompleteChar: '░',
      hideCursor: true,
      stream: process.stderr,
      etaBuffer: 50,
    });
    let started = false;
    return {
      update(done, total, message = '') {
        if (!started) {
          bar.start(total ?? 0, done, { message });
          started = true;
        }
        if (total !== null) bar.setTotal(total);
        bar.update(done, { message });
      },
      stop() {
        if (started) bar.stop();
      },
    };
  }
  let lastTenth = -1;
  return {
    update(done, total, message = '') {
      const tenth = total ? Math.floor((done / total) * 10) : -1;
      if (tenth !== lastTenth) {
        lastTenth = tenth;
        process.stderr.write(`${label}: ${done}${total ? `/${total} (${tenth * 10}%)` : ''} ${message}\n`);
      }
    },
    stop() {},
  };
}
