import { databaseUnavailable, describeDriverError, isDatabaseUnreachable, isRedisUnavailable } from './unavailable';

const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('telling a database that cannot be reached from a statement that failed', () => {
  it.each([
    [
      'pg_terminate_backend or a fast shutdown (57P01)',
      withCode('57P01', 'terminating connection due to administrator command'),
    ],
    ['a crashed server (57P02)', withCode('57P02')],
    ['a server starting up or in recovery (57P03)', withCode('57P03', 'the database system is starting up')],
    ['too many connections (53300)', withCode('53300', 'sorry, too many clients already')],
    ['a connection exception (class 08)', withCode('08006', 'connection failure')],
    ['a refused connect (server stopped)', withCode('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432')],
    ['a reset connection', withCode('ECONNRESET', 'read ECONNRESET')],
    ['a timed-out connection', withCode('ETIMEDOUT')],
    ['pg, when the socket ended under a query', new Error('Connection terminated unexpectedly')],
    [
      'pg, a client used after its connection broke',
      new Error('Client has encountered a connection error and is not queryable'),
    ],
    ['pg-pool, no connection in time', new Error('timeout exceeded when trying to connect')],
    ['pg-pool, shut down', new Error('Cannot use a pool after calling end on the pool')],
    ['Kysely, the database closed during shutdown', new Error('driver has already been destroyed')],
  ])('%s is unreachable', (_, error) => {
    expect(isDatabaseUnreachable(error)).toBe(true);
  });

  it.each([
    ['a unique violation (23505)', withCode('23505', 'duplicate key value violates unique constraint')],
    ['a serialization failure (40001)', withCode('40001')],
    ['a syntax error (42601)', withCode('42601')],
    [
      'a cancelled statement (57014, statement_timeout)',
      withCode('57014', 'canceling statement due to statement timeout'),
    ],
    ['a plain bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['a file that is missing', withCode('ENOENT')],
    ['something that is not an error', 'Connection terminated'],
    ['nothing', null],
  ])('%s is not', (_, error) => {
    expect(isDatabaseUnreachable(error)).toBe(false);
  });

  it('answers 503 DATABASE_UNAVAILABLE with a Chinese message, a wait, and the cause for the log only', () => {
    const error = databaseUnavailable(
      describeDriverError(withCode('57P01', 'terminating connection due to administrator command')),
    );
    expect(error.status).toBe(503);
    expect(error.code).toBe('DATABASE_UNAVAILABLE');
    expect(error.message).toMatch(/[\u4e00-\u9fa5]/);
    expect(error.retryAfterSec).toBeGreaterThan(0);
    expect(error.internalDetail).toBe(
      'database unavailable: 57P01 terminating connection due to administrator command',
    );
  });
});

describe('telling Redis that cannot be reached from a command that is wrong', () => {
  const reply = (message: string) => Object.assign(new Error(message), { name: 'ReplyError' });

  it.each([
    ['no connection, offline queue off', new Error("Stream isn't writeable and enableOfflineQueue options is false")],
    ['connection closed under a command', new Error('Connection is closed.')],
    ['a command without an answer in time', new Error('Command timed out')],
    [
      'retries exhausted',
      Object.assign(
        new Error(
          'Reached the max retries per request limit (which is 1). Refer to "maxRetriesPerRequest" option for details.',
        ),
        { name: 'MaxRetriesPerRequestError' },
      ),
    ],
    ['refused', withCode('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:6379')],
    ['loading after a restart', reply('LOADING Redis is loading the dataset in memory')],
    ['a replica after a failover', reply("READONLY You can't write against a read only replica.")],
    ['out of memory', reply("OOM command not allowed when used memory > 'maxmemory'.")],
  ])('%s is unavailable', (_, error) => {
    expect(isRedisUnavailable(error)).toBe(true);
  });

  it.each([
    ['a wrong type', reply('WRONGTYPE Operation against a key holding the wrong kind of value')],
    ['a bad command', reply('ERR syntax error')],
    ['a value that is not JSON', new SyntaxError('Unexpected token } in JSON at position 3')],
    ['nothing', undefined],
  ])('%s is not', (_, error) => {
    expect(isRedisUnavailable(error)).toBe(false);
  });
});
