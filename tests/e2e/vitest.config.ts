import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/e2e/**/*.e2e.ts'],
		globalSetup: ['tests/e2e/globalSetup.ts'],
		testTimeout: 120_000,
		hookTimeout: 300_000,
		fileParallelism: false
	}
});
