/**
 * Users and roles. A token is shown once when the user is added; the server keeps only its SHA-256 (a token
 * is 32 random bytes, so a fast hash is enough: there is nothing to brute-force as with a password).
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Store } from './store';

export const ROLES = ['admin', 'translator', 'reviewer', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export interface User {
  user: string;
  role: Role;
}

export class UserError extends Error {
  override readonly name = 'UserError';
}

export const hashToken = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');

const NAME = /^[\p{L}\p{N}][\p{L}\p{N}._@-]{0,63}$/u;

export async function addUser(store: Store, name: string, role: string): Promise<User & { token: string }> {
  if (!NAME.test(name)) throw new UserError(`“${name}” is not a user name (letters, digits, . _ @ -, at most 64)`);
  if (!(ROLES as readonly string[]).includes(role))
    throw new UserError(`--role must be one of ${ROLES.join(', ')}, not ${role}`);
  const token = `dgt_${randomBytes(32).toString('base64url')}`;
  const inserted = await store.write(async (c) => {
    const r = await c.query(
      'INSERT INTO users (name, role, token_hash) VALUES ($1, $2, $3) ON CONFLICT (name) DO NOTHING',
      [name, role, hashToken(token)],
    );
    return r.rowCount === 1;
  });
  if (!inserted) throw new UserError(`there is already a user ${name}`);
  return { user: name, role: role as Role, token };
}

export async function listUsers(store: Store): Promise<Array<User & { created: string }>> {
  const r = await store.read((c) =>
    c.query<{ name: string; role: Role; created: Date }>('SELECT name, role, created FROM users ORDER BY name'),
  );
  return r.rows.map((u) => ({ user: u.name, role: u.role, created: u.created.toISOString() }));
}

export async function removeUser(store: Store, name: string): Promise<{ removed: string }> {
  const removed = await store.write(
    async (c) => (await c.query('DELETE FROM users WHERE name = $1', [name])).rowCount === 1,
  );
  if (!removed) throw new UserError(`there is no user ${name}`);
  return { removed: name };
}

/** The user a bearer token belongs to, or undefined. */
export async function authenticate(store: Store, token: string | undefined): Promise<User | undefined> {
  if (!token) return undefined;
  const r = await store.pool.query<{ name: string; role: Role }>('SELECT name, role FROM users WHERE token_hash = $1', [
    hashToken(token),
  ]);
  const row = r.rows[0];
  return row ? { user: row.name, role: row.role } : undefined;
}
