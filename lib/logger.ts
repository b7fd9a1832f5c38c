/**
 * The one pino logger. JSON for programs and CI; pino-pretty when a person
 * reads a terminal (or LOG_FORMAT=pretty). Modules take child loggers; a CLI
 * with its own --json flag builds its logger with createLogger.
 */
import pino from 'pino';
import { config, isInteractiveTerminal } from './config';

export type Logger = pino.Logger;
export type LogFormat = 'json' | 'pretty';

export function createLogger(format: LogFormat = defaultFormat()): Logger {
  return pino({
    level: config.LOG_LEVEL,
    ...(format === 'pretty'
      ? { transport: { target: 'pino-pretty', options: { colorize: isInteractiveTerminal, translateTime: 'HH:MM:ss', ignore: 'pid,hostname,flow,module' } } }
      : {}),
  });
}

function defaultFormat(): LogFormat {
  if (config.LOG_FORMAT === 'auto') return isInteractiveTerminal ? 'pretty' : 'json';
  return config.LOG_FORMAT;
}

export const logger = createLogger();

/** Writes nothing: for tests that drive a command's code and read its results, not its lines. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
