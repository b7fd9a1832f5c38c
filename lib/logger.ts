/**
 * The one pino logger. JSON for programs and CI; pino-pretty when a person
 * reads a terminal (or LOG_FORMAT=pretty). Modules take child loggers.
 */
import pino from 'pino';
import { config, isInteractiveTerminal } from './config';

const pretty = config.LOG_FORMAT === 'pretty' || (config.LOG_FORMAT === 'auto' && isInteractiveTerminal);

export const logger = pino({
  level: config.LOG_LEVEL,
  ...(pretty
    ? { transport: { target: 'pino-pretty', options: { colorize: true, translateTime: 'HH:MM:ss', ignore: 'pid,hostname' } } }
    : {}),
});

export type Logger = pino.Logger;
