/**
 * The scale chart: bench/results/scale.png, drawn by gnuplot when it is installed (Debian's
 * gnuplot-nox); otherwise the tables alone. Four panels against corpus scale, both axes logarithmic.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { SearchBenchRow } from './bench-search.js';

export function scaleChart(rows: SearchBenchRow[], outDir: string): { file: string } | { skipped: string } {
  try {
    execFileSync('gnuplot', ['--version'], { stdio: 'ignore' });
  } catch {
    return { skipped: 'gnuplot is not installed (apt-get install gnuplot-nox)' };
  }
  mkdirSync(outDir, { recursive: true });
  const data = path.join(os.tmpdir(), `finrisk-scale-${process.pid}.dat`);
  writeFileSync(
    data,
    rows.map((r) => [parseFloat(r.scale), r.buildMs / 1000, r.loadMs, r.p99, r.peakRssMB ?? r.heapMB, r.indexMB].join(' ')).join('\n'),
  );
  const file = path.join(outDir, 'scale.png');
  const panel = (column: number, title: string, ylabel: string): string =>
    `set title '${title}'; set ylabel '${ylabel}'; plot '${data}' using 1:${column} with linespoints lw 2 pt 7 notitle`;
  const script = [
    `set terminal pngcairo size 1200,800 font 'sans,10'`,
    `set output '${file}'`,
    'set multiplot layout 2,2 title "finrisk search at scale (× the seed corpus)"',
    'set logscale xy; set grid; set xlabel "corpus scale (×)"',
    panel(2, 'index build', 'seconds'),
    panel(3, 'index load', 'ms'),
    panel(4, 'query p99', 'ms'),
    panel(5, 'peak RSS', 'MB'),
    'unset multiplot',
  ].join('\n');
  execFileSync('gnuplot', [], { input: script });
  return { file };
}
