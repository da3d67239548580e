import { VnDeadlinesError } from '../../src/core/errors.js';

/** The VnDeadlinesError that `f` throws; fails the test when it throws nothing or something else. */
export function thrown(f: () => unknown): VnDeadlinesError {
  try {
    f();
  } catch (e) {
    if (e instanceof VnDeadlinesError) return e;
    throw e;
  }
  throw new Error('expected a VnDeadlinesError');
}
