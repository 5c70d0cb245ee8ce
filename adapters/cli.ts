/** The `finrisk` command line (contract: ../shared/spec/cli.md). Output on stdout, logs on stderr. */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { ConfigError, createLogger, createPlainLogger, describeBadInput, loadConfig, runCheck, type Config } from '../bot/wiring.js';
import { loadCore, type CoreParts } from './bootstrap.js';
import { CliError, idSchema, parseJsonl, printJson, readInputFile } from './cli-io.js';
import { checkJson, statusJson, printCheck, printSearch, printStatus, printAsk, searchJson, askJson } from './cli-output.js';
import { runAlertsCommand, runNewsClassify } from './cli-alerts.js';

const USAGE = `usage: finrisk <command> [options]
  index [--corpus DIR]…            build or reuse the search index
  search "<query>" [--k 5]          ranked passages; --batch FILE reads JSONL {"id","query"}
  ask "<question>"                  an answer in sentences from the reports, with sources
  check "<offer text>"              red flags and risk level; --batch FILE reads JSONL {"id","text"}
  status "<name>"                   status of an exchange or platform
  news classify FILE                closure classification of JSONL {"id","title","summary","date"}
  alerts poll | alerts deliver      poll feeds once / send queued pushes
options: --json, --k N, --batch FILE, --corpus DIR (repeatable; default FINRISK_CORPUS)`;

interface Options {
  json: boolean;
  k: number;
  batch?: string;
  corpus?: string[];
}

function parse(argv: string[]): { command: string; rest: string[]; options: Options } {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        k: { type: 'string' },
        batch: { type: 'string' },
        corpus: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new CliError(`${(error as Error).message.split('\n')[0]}. Run "finrisk --help" for the options.`);
  }
  const { values, positionals } = parsed;
  if (values.help || positionals.length === 0) throw new CliError(USAGE, values.help ? 0 : 2);
  const k = values.k === undefined ? 5 : Number(values.k);
  if (!Number.isInteger(k) || k < 1 || k > 100) throw new CliError(`--k must be a whole number from 1 to 100, got "${values.k}".`);
  const [command, ...rest] = positionals as [string, ...string[]];
  return { command, rest, options: { json: values.json ?? false, k, batch: values.batch, corpus: values.corpus } };
}

function requireText(rest: string[], what: string, example: string): string {
  const text = rest.join(' ');
  const problem = text.trim() === '' ? `missing ${what}: ${example}` : null;
  if (problem) throw new CliError(problem);
  const bad = describeBadInput(text);
  if (bad) throw new CliError(bad);
  return text;
}

async function core(config: Config, options: Options, progress = false): Promise<CoreParts> {
  // A person reads the CLI's stderr: plain lines, unless LOG_LEVEL asks for the JSON logs.
  const log = config.LOG_LEVEL === 'info' ? createPlainLogger() : createLogger(config.LOG_LEVEL);
  return loadCore({ corpusDirs: options.corpus ?? config.FINRISK_CORPUS, dataDir: config.dataDir, log, progress });
}

const SearchLine = z.object({ id: idSchema, query: z.string() });
const CheckLine = z.object({ id: idSchema, text: z.string() });

async function run(argv: string[]): Promise<void> {
  const { command, rest, options } = parse(argv);
  const config = loadConfig();
  switch (command) {
    case 'index': {
      const parts = await core(config, options, true);
      const stats = parts.knowledge.stats();
      const out = { documents: stats.documents, passages: stats.passages, ms: parts.ms };
      if (options.json) printJson(out);
      else
        console.log(`${stats.fromCache ? 'loaded' : 'built'} index: ${out.documents} documents, ${out.passages} passages in ${out.ms} ms`);
      return;
    }
    case 'search': {
      const parts = await core(config, options);
      if (options.batch) {
        for (const line of parseJsonl(await readInputFile(options.batch), SearchLine)) {
          if (!line.ok) printJson({ id: line.id, error: line.error });
          else printJson({ id: line.value.id, results: searchJson(parts.knowledge.search(line.value.query, { k: options.k })) });
        }
        return;
      }
      const query = requireText(rest, 'query', 'finrisk search "金交所 关停"');
      const results = parts.knowledge.search(query, { k: options.k });
      if (options.json) printJson({ query, results: searchJson(results) });
      else printSearch(results);
      return;
    }
    case 'ask': {
      const question = requireText(rest, 'question', 'finrisk ask "为什么要关停金交所？"');
      const answer = (await core(config, options)).knowledge.ask(question);
      if (options.json) printJson(askJson(answer));
      else printAsk(answer);
      return;
    }
    case 'check': {
      const parts = await core(config, options);
      const services = { knowledge: parts.knowledge, registry: parts.registry, clock: parts.clock };
      if (options.batch) {
        for (const line of parseJsonl(await readInputFile(options.batch), CheckLine)) {
          if (!line.ok) printJson({ id: line.id, error: line.error });
          else {
            const result = checkJson(runCheck(line.value.text, services));
            printJson(
              result.problem
                ? { id: line.value.id, error: result.problem }
                : { id: line.value.id, level: result.level, flags: result.flags },
            );
          }
        }
        return;
      }
      const text = requireText(rest, 'offer text', 'finrisk check "某资产登记备案中心定融，年化11%，保本保息"');
      const result = runCheck(text, services);
      if (result.problem) throw new CliError(result.problem);
      if (options.json) printJson(checkJson(result));
      else printCheck(result);
      return;
    }
    case 'status': {
      const name = requireText(rest, 'name', 'finrisk status "西安百金金融资产交易中心"');
      const { registry } = await core(config, options);
      if (options.json) printJson(statusJson(name, registry));
      else printStatus(name, registry);
      return;
    }
    case 'news':
      if (rest[0] !== 'classify' || !rest[1])
        throw new CliError('usage: finrisk news classify FILE (JSONL {"id","title","summary","date"})');
      await runNewsClassify(rest[1]);
      return;
    case 'alerts':
      await runAlertsCommand(rest[0], config, options.json);
      return;
    default:
      throw new CliError(
        `unknown command "${command}". Commands: index, search, ask, check, status, news classify, alerts poll, alerts deliver.`,
      );
  }
}

try {
  await run(process.argv.slice(2));
} catch (error) {
  if (error instanceof CliError) {
    (error.exitCode === 0 ? process.stdout : process.stderr).write(`${error.message}\n`);
    process.exitCode = error.exitCode;
  } else if (error instanceof ConfigError) {
    process.stderr.write(
      error.message
        .split('\n')
        .map((line) => `configuration: ${line}\n`)
        .join(''),
    );
    process.exitCode = 2;
  } else {
    process.stderr.write(`finrisk: internal error: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 1;
  }
}
