/**
 * Ends the current turn of the event loop, so calls that arrived meanwhile (a typing save,
 * typically) are answered before long work goes on. The core's database work is
 * synchronous underneath its promises: without a turn like this, a long job runs start to
 * finish and everything that arrives waits for all of it.
 */
export function letWaitingCallsIn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
