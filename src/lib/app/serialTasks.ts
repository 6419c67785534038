/** Runs one step of a background task: `work` starts only when no foreground task is queued or running. */
export type BackgroundStep = <R>(work: () => Promise<R>) => Promise<R>;

/** Thrown inside a background task whose key was run again: the rest of its steps are skipped. */
export class SupersededError extends Error {
	constructor(key: string) {
		super(`background task "${key}" was superseded`);
	}
}

/**
 * Runs engine tasks one at a time, newest wins per key: a task that sets the report filter and
 * reads views must not interleave with another, and a superseded task (the user changed the
 * period again) is skipped rather than computed.
 *
 * Background tasks (work nobody is waiting for, like the review banner's drift checks) run step by
 * step in the gaps: each step waits until no foreground task is queued or running, and a foreground
 * task waits at most for the one step in flight. A background task must therefore not depend on
 * state a foreground task changes between its steps (the report filter).
 */
export class SerialTasks {
	private tail: Promise<unknown> = Promise.resolve();
	private latest = new Map<string, number>();
	private counter = 0;
	private foreground = 0;
	private stepping = false;
	private stepInFlight: Promise<unknown> = Promise.resolve();
	private idleWaiters: (() => void)[] = [];

	run<T>(key: string, task: () => Promise<T>): Promise<T | undefined> {
		const ticket = this.claim(key);
		this.foreground++;
		const result = this.tail.then(() => this.stepInFlight).then(async () => (this.latest.get(key) === ticket ? task() : undefined));
		this.tail = result
			.catch(() => undefined)
			.finally(() => {
				this.foreground--;
				this.wakeIdle();
			});
		return result;
	}

	async background<T>(key: string, task: (step: BackgroundStep) => Promise<T>): Promise<T | undefined> {
		const ticket = this.claim(key);
		const step: BackgroundStep = async (work) => {
			while (this.foreground > 0 || this.stepping) await new Promise<void>((wake) => this.idleWaiters.push(wake));
			if (this.latest.get(key) !== ticket) throw new SupersededError(key);
			this.stepping = true;
			const running = work();
			this.stepInFlight = running
				.catch(() => undefined)
				.finally(() => {
					this.stepping = false;
					this.wakeIdle();
				});
			return running;
		};
		try {
			return await task(step);
		} catch (error) {
			if (error instanceof SupersededError) return undefined;
			throw error;
		}
	}

	private wakeIdle() {
		if (this.foreground === 0 && !this.stepping) for (const wake of this.idleWaiters.splice(0)) wake();
	}

	private claim(key: string): number {
		const ticket = ++this.counter;
		this.latest.set(key, ticket);
		return ticket;
	}
}
