// Domain errors every layer may throw; the transports (shared/rpc.ts) decide how they travel.

/** An error whose message is written for the user; anything else is reported as an internal error. */
export class UserError extends Error {
  override name = 'UserError';
}
