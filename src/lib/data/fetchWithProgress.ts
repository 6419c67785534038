/** Fetches a same-origin asset, reporting bytes as they arrive (for the load progress bar). */
export async function fetchWithProgress(url: string, onBytes: (loaded: number, total: number) => void): Promise<Uint8Array> {
	const response = await fetch(url);
	if (!response.ok || !response.body) throw new Error(`Could not read ${url}: HTTP ${response.status}`);
	const total = Number(response.headers.get('content-length') ?? 0);
	const reader = response.body.getReader();
	const chunks: Uint8Array[] = [];
	let loaded = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		chunks.push(value);
		loaded += value.byteLength;
		onBytes(loaded, total);
	}
	const bytes = new Uint8Array(loaded);
	let offset = 0;
	for (const chunk of chunks) {
		bytes.set(chunk, offset);
		offset += chunk.byteLength;
	}
	return bytes;
}
