import type { Context } from 'hono';
import { InvalidCursorError } from '../store/types.js';
import { requestLanguage } from '../http/language.js';
import { fieldError, problem } from '../http/problem.js';

export const DEFAULT_PAGE_SIZE = 20;

/** Runs a store query; an unreadable or foreign cursor becomes 400 `invalid_query` naming `cursor`. */
export async function withCursor<T>(c: Context, query: () => Promise<T>): Promise<T> {
  try {
    return await query();
  } catch (error) {
    if (error instanceof InvalidCursorError) {
      throw problem(400, 'invalid_query', {
        detail: 'invalidCursor',
        errors: [fieldError('cursor', 'invalid_value', requestLanguage(c))],
      });
    }
    throw error;
  }
}
