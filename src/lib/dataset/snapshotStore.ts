import type { Snapshot } from './snapshots';

/** Where snapshots live between visits. */
export interface SnapshotStore {
	list(): Promise<Snapshot[]>;
	add(snapshot: Snapshot): Promise<void>;
	remove(id: string): Promise<void>;
	clear(): Promise<void>;
}

const DB_NAME = 'icp-pulse';
const STORE = 'snapshots';

function request<T>(req: IDBRequest<T>): Promise<T> {
	return new Promise((resolve, reject) => {
		req.onsuccess = () => resolve(req.result);
		req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
	});
}

function transactionDone(tx: IDBTransaction): Promise<void> {
	return new Promise((resolve, reject) => {
		tx.oncomplete = () => resolve();
		tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
		tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
	});
}

/**
 * Snapshots in IndexedDB: each record holds the user's files as Blobs (the browser keeps them on
 * disk; reading the list does not read their bytes), the confirmed mappings and the accounting.
 * IndexedDB rather than duckdb-wasm's OPFS database mode, which has open bugs; the engine reads the
 * stored Blobs through registerFileHandle like freshly dropped files.
 */
export function indexedDbSnapshotStore(factory: IDBFactory = indexedDB): SnapshotStore {
	let opened: Promise<IDBDatabase> | undefined;
	const open = () => {
		opened ??= new Promise<IDBDatabase>((resolve, reject) => {
			const req = factory.open(DB_NAME, 1);
			req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'id' });
			req.onsuccess = () => resolve(req.result);
			req.onerror = () => reject(req.error ?? new Error('Could not open the browser database (IndexedDB)'));
			req.onblocked = () => reject(new Error('The browser database is in use by another tab of an older version; close it and reload'));
		}).catch((error) => {
			opened = undefined;
			throw error;
		});
		return opened;
	};
	const write = async (change: (store: IDBObjectStore) => void) => {
		const tx = (await open()).transaction(STORE, 'readwrite');
		change(tx.objectStore(STORE));
		await transactionDone(tx);
	};
	return {
		async list() {
			const tx = (await open()).transaction(STORE, 'readonly');
			return request(tx.objectStore(STORE).getAll() as IDBRequest<Snapshot[]>);
		},
		add: (snapshot) => write((store) => store.put(snapshot)),
		remove: (id) => write((store) => store.delete(id)),
		clear: () => write((store) => store.clear())
	};
}
