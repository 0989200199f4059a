import type { Context } from 'hono';
import type { HttpBindings } from '@hono/node-server';
import type { ApiKey } from '../store/types.js';

/** Who is calling: resolved once per request by the access middleware. */
export interface Access {
  /** The API key of the request, if it carried a valid one. */
  apiKey: ApiKey | undefined;
  /** The browser page's Origin header, if any (already checked against the key). */
  origin: string | null;
}

export interface AppVariables {
  requestId: string;
  access: Access;
  /** Set when the answer holds links built from the request's Host (no PUBLIC_BASE_URL). */
  reflectsHost?: boolean;
}

/**
 * Hono environment of the app. Bindings are partial because `app.request()`
 * (used by unit tests) runs without a Node socket.
 */
export interface AppEnv {
  Variables: AppVariables;
  Bindings: Partial<HttpBindings>;
}

export type AppContext = Context<AppEnv>;
