/**
 * The origin's storage budget, for the options page. `navigator.storage` is a web API (no
 * `browser.*`); it is missing in Node and in some older contexts, hence the nulls. `storage` is a
 * parameter so tests can pass a stub.
 */

export interface StorageEstimateInfo {
  /** Bytes used by this origin (IndexedDB, caches…). */
  usage: number;
  /** Bytes this origin may use. */
  quota: number;
  /** usage / quota, 0–1 (0 when the quota is unknown). */
  fraction: number;
}

type StorageLike = Pick<StorageManager, 'estimate'> & Partial<Pick<StorageManager, 'persist' | 'persisted'>>;

function defaultStorage(): StorageLike | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.storage;
}

/** Usage and quota, or null when the API is missing or fails. */
export async function storageEstimate(storage: StorageLike | undefined = defaultStorage()): Promise<StorageEstimateInfo | null> {
  if (!storage || typeof storage.estimate !== 'function') return null;
  try {
    const { usage, quota } = await storage.estimate();
    if (typeof usage !== 'number' || typeof quota !== 'number') return null;
    return { usage, quota, fraction: quota > 0 ? usage / quota : 0 };
  } catch {
    return null;
  }
}

/**
 * Asks the browser not to evict this origin's data under storage pressure. True when granted (or
 * already granted), false when refused, null when the API is missing.
 */
export async function persistStorage(storage: StorageLike | undefined = defaultStorage()): Promise<boolean | null> {
  if (!storage || typeof storage.persist !== 'function') return null;
  try {
    if (typeof storage.persisted === 'function' && (await storage.persisted())) return true;
    return await storage.persist();
  } catch {
    return null;
  }
}
