import { isTransactionConflict, retryOnConflict } from './transaction-conflict';

const pgError = (code: string) => Object.assign(new Error('from postgres'), { code });

describe('isTransactionConflict', () => {
  it.each(['40001', '40P01'])('is true for SQLSTATE %s (serialization failure, deadlock)', (code) => {
    expect(isTransactionConflict(pgError(code))).toBe(true);
  });

  it.each([['23505'], ['57P01'], ['08006'], [undefined]])(
    'is false for %s: a broken rule, a lost server, no code',
    (code) => {
      expect(isTransactionConflict(code ? pgError(code) : new Error('x'))).toBe(false);
    },
  );

  it('is false for things that are not errors', () => {
    expect(isTransactionConflict(null)).toBe(false);
    expect(isTransactionConflict('40P01')).toBe(false);
  });
});

describe('retryOnConflict', () => {
  const refusal = new Error('busy');

  it('runs a transaction that hit a deadlock once more and answers its result', async () => {
    const run = jest.fn().mockRejectedValueOnce(pgError('40P01')).mockResolvedValueOnce('done');
    await expect(retryOnConflict(run, () => refusal)).resolves.toBe('done');
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('answers the refusal after a second conflict, without a third try', async () => {
    const run = jest.fn().mockRejectedValue(pgError('40001'));
    await expect(retryOnConflict(run, () => refusal)).rejects.toBe(refusal);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('never runs again after any other error', async () => {
    const other = pgError('23505');
    const run = jest.fn().mockRejectedValue(other);
    await expect(retryOnConflict(run, () => refusal)).rejects.toBe(other);
    expect(run).toHaveBeenCalledTimes(1);
  });
});
