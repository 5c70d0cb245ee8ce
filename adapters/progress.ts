/** A one-line progress bar on stderr, drawn only when stderr is a terminal. */
export function createProgressBar(stream: NodeJS.WriteStream = process.stderr): {
  update(done: number, total: number, label: string): void;
  finish(): void;
} {
  let drawn = false;
  return {
    update(done, total, label) {
      if (!stream.isTTY || total <= 0) return;
      const width = 24;
      const filled = Math.round((done / total) * width);
      const name = label.length > 30 ? `…${label.slice(-29)}` : label;
      stream.write(`\r索引中 [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${name}\u001b[K`);
      drawn = true;
    },
    finish() {
      if (drawn) stream.write('\r\u001b[K');
    },
  };
}
