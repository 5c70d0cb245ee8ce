/** Console chat: a REPL on a terminal; with piped input, answers each line and exits at the end. */
import readline from 'node:readline';
import type { Bot, Reply } from '../bot/index.js';
import { renderText } from './render-text.js';

export interface ConsoleOptions {
  bot: Bot;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  interactive: boolean;
}

const GREETING = 'finrisk 控制台。输入问题或产品描述，/help 查看命令，/quit 或 Ctrl-D 退出。';

/** Resolves when the input ends or the user quits. */
export async function runConsole({ bot, input, output, interactive }: ConsoleOptions): Promise<void> {
  const rl = readline.createInterface({ input, output: interactive ? output : undefined, terminal: interactive });
  const write = (text: string): void => void output.write(`${text}\n`);
  if (interactive) {
    write(GREETING);
    rl.setPrompt('> ');
    rl.prompt();
  }
  // Lines are handled one after another so answers come out in the order questions went in.
  for await (const line of rl) {
    const text = line.trim();
    if (text === '/quit' || text === '/exit') break;
    if (text.length > 0) {
      const replies = await bot.handle({
        platform: 'console',
        chatId: 'console',
        userId: 'console',
        text,
        chatType: 'private',
        addressed: true,
        isAdmin: true,
      });
      write(replies.map(renderText).join('\n\n'));
      if (!interactive) write('');
    }
    if (interactive) rl.prompt();
  }
  rl.close();
}

/** What the console knows at start: what was indexed from where, and where the JSON logs go. */
export interface StartSummary {
  documents: number;
  passages: number;
  corpusDirs: string[];
  logFile?: string;
}

/**
 * The one line a person sees before the chat. Without report folders the answers come from the
 * built-in notes only, which is easy to miss, so the line says so and how to add reports.
 */
export function startNotice({ documents, passages, corpusDirs, logFile }: StartSummary): string {
  const indexed =
    corpusDirs.length > 0
      ? `已索引 ${documents} 份文档、${passages} 段（含内置笔记）；报告目录：${corpusDirs.join('、')}。`
      : `只载入了内置笔记（${documents} 份文档、${passages} 段）。要加入自己的报告：把 .pdf/.txt/.md 放进一个文件夹，用 FINRISK_CORPUS=/该/文件夹 npm start 启动。`;
  return logFile ? `${indexed}运行日志（JSON）写入 ${logFile}` : indexed;
}

/** The console is also a push target: closure alerts are printed. */
export function createConsoleSender(output: NodeJS.WritableStream) {
  return {
    platform: 'console' as const,
    async send(_target: unknown, reply: Reply) {
      output.write(`\n${renderText(reply)}\n`);
      return { status: 'sent' as const };
    },
  };
}
