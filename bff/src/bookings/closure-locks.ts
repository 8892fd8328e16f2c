import { sql, type Selectable, type Transaction } from 'kysely';
import type { CenterClosureTable, Database } from '../database/database.types';

type Tx = Transaction<Database>;

// The advisory-lock namespace of center closures. A closure holds its center exclusively; every transaction that
// takes a place at a center holds it shared first, so bookings never wait for each other, and a closure never
// runs beside one: a booking either lands before the closure (and is moved by it) or sees the closure and is
// refused. The key is the center id's hash within the namespace.
export const CLOSURE_LOCK = 7_141_401;

/** Holds centers against a closure being decided at the same time (shared), in one order, inside `tx`. */
export async function holdCenters(tx: Tx, centerIds: string[]): Promise<void> {
  for (const id of [...new Set(centerIds)].sort())
    await sql`SELECT pg_advisory_xact_lock_shared(${CLOSURE_LOCK}, hashtext(${id}))`.execute(tx);
}

/** A closure of the center touching [from, to), if any, read inside `tx` (after holdCenters). */
export async function closureTouching(
  tx: Tx,
  centerId: string,
  from: Date,
  to: Date,
): Promise<Selectable<CenterClosureTable> | undefined> {
  return tx
    .selectFrom('center_closure')
    .selectAll()
    .where('center_id', '=', centerId)
    .where('starts_at', '<', to)
    .where('ends_at', '>', from)
    .executeTakeFirst();
}
