/**
 * Runs engine tasks one at a time, newest wins per key: a task that sets the report filter and
 * reads views must not interleave with another, and a superseded task (the user changed the
 * period again) is skipped rather than computed.
 */
export class SerialTasks {
	private tail: Promise<unknown> = Promise.resolve();
	private latest = new Map<string, number>();
	private counter = 0;

	run<T>(key: string, task: () => Promise<T>): Promise<T | undefined> {
		const ticket = ++this.counter;
		this.latest.set(key, ticket);
		const result = this.tail.then(async () => (this.latest.get(key) === ticket ? task() : undefined));
		this.tail = result.catch(() => undefined);
		return result;
	}
}
