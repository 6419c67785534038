/** Saves generated content through an object URL: nothing is sent anywhere. */
export function downloadFile(filename: string, content: string | Blob, type = 'text/csv;charset=utf-8'): void {
	const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = filename;
	link.click();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function downloadDataUrl(filename: string, dataUrl: string): void {
	const link = document.createElement('a');
	link.href = dataUrl;
	link.download = filename;
	link.click();
}
