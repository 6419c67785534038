import { describe, expect, it } from 'vitest';
import { SerialTasks } from './serialTasks';

describe('SerialTasks', () => {
	it('runs tasks one after another and skips a superseded one of the same key', async () => {
		const tasks = new SerialTasks();
		const log: string[] = [];
		const slow = (name: string) => async () => {
			log.push(`start ${name}`);
			await new Promise((r) => setTimeout(r, 5));
			log.push(`end ${name}`);
			return name;
		};
		const a = tasks.run('panel', slow('a'));
		const b = tasks.run('panel', slow('b'));
		const c = tasks.run('other', slow('c'));
		expect(await Promise.all([a, b, c])).toEqual([undefined, 'b', 'c']);
		expect(log).toEqual(['start b', 'end b', 'start c', 'end c']);
	});

	it('keeps going after a task fails', async () => {
		const tasks = new SerialTasks();
		await expect(tasks.run('x', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
		expect(await tasks.run('y', async () => 1)).toBe(1);
	});
});

describe('SerialTasks background work', () => {
	const tick = () => new Promise((r) => setTimeout(r, 2));

	it('lets a foreground task in between two steps instead of after the whole background task', async () => {
		const tasks = new SerialTasks();
		const log: string[] = [];
		let release = () => {};
		const firstStepHeld = new Promise<void>((r) => (release = r));
		const background = tasks.background('review', async (step) => {
			for (const name of ['s1', 's2', 's3']) {
				await step(async () => {
					log.push(`start ${name}`);
					if (name === 's1') await firstStepHeld;
					log.push(`end ${name}`);
				});
			}
			return 'done';
		});
		await tick();
		const foreground = tasks.run('overview', async () => {
			log.push('overview');
			return 1;
		});
		release();
		expect(await foreground).toBe(1);
		expect(await background).toBe('done');
		expect(log).toEqual(['start s1', 'end s1', 'overview', 'start s2', 'end s2', 'start s3', 'end s3']);
	});

	it('starts no step while a foreground task is queued or running', async () => {
		const tasks = new SerialTasks();
		const log: string[] = [];
		const foreground = tasks.run('overview', async () => {
			log.push('overview start');
			await tick();
			log.push('overview end');
		});
		const background = tasks.background('review', (step) => step(async () => log.push('step')));
		await Promise.all([foreground, background]);
		expect(log).toEqual(['overview start', 'overview end', 'step']);
	});

	it('stops a background task when the same key is started again', async () => {
		const tasks = new SerialTasks();
		const steps: string[] = [];
		const first = tasks.background('review', async (step) => {
			await step(async () => steps.push('old 1'));
			await tick();
			await step(async () => steps.push('old 2'));
			return 'old';
		});
		await Promise.resolve();
		const second = tasks.background('review', (step) => step(async () => (steps.push('new'), 'new')));
		expect(await first).toBeUndefined();
		expect(await second).toBe('new');
		expect(steps).not.toContain('old 2');
	});

	it('passes a failing step on to the task', async () => {
		const tasks = new SerialTasks();
		await expect(tasks.background('review', (step) => step(async () => Promise.reject(new Error('boom'))))).rejects.toThrow('boom');
		expect(await tasks.run('after', async () => 2)).toBe(2);
	});
});
