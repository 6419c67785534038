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
