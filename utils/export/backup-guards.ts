/**
 * Small type guards for reading untrusted JSON, each naming the path of the first bad value
 * (`annotations[3].target.quote.exact`) in Chinese and English. They throw `InvalidValue`, which
 * only `parseBackup` catches: one place unwinds, callers get a result value.
 */

export class InvalidValue extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
  }
}

export type Json = Readonly<Record<string, unknown>>;

/** What was found instead: the value itself when short, else its kind. */
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value;
}

function mustBe(path: string, zh: string, en: string, value: unknown): InvalidValue {
  return new InvalidValue(`${path} 应为${zh}（实际为 ${describe(value)}）`, `${path} must be ${en} (got ${describe(value)})`);
}

export function readObject(value: unknown, path: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw mustBe(path, '对象', 'an object', value);
  return value as Json;
}

/** A field that must be present (own property: `__proto__` and friends are never read through). */
export function field(obj: Json, key: string, path: string): unknown {
  if (!Object.hasOwn(obj, key)) throw new InvalidValue(`缺少 ${path}`, `${path} is missing`);
  return obj[key];
}

export function readArray(value: unknown, path: string, max: number): readonly unknown[] {
  if (!Array.isArray(value)) throw mustBe(path, '数组', 'an array', value);
  if (value.length > max) {
    throw new InvalidValue(
      `${path} 条目过多（${value.length} 条，上限 ${max} 条）`,
      `${path} has too many entries (${value.length}, limit ${max})`,
    );
  }
  return value;
}

export function readString(value: unknown, path: string, max: number, nonEmpty = false): string {
  if (typeof value !== 'string') throw mustBe(path, '字符串', 'a string', value);
  if (nonEmpty && value.trim() === '') throw new InvalidValue(`${path} 不能为空`, `${path} must not be empty`);
  if (value.length > max) {
    throw new InvalidValue(
      `${path} 过长（${value.length} 个字符，上限 ${max} 个）`,
      `${path} is too long (${value.length} characters, limit ${max})`,
    );
  }
  return value;
}

export function readNullableString(value: unknown, path: string, max: number): string | null {
  if (value === null) return null;
  if (typeof value !== 'string') throw mustBe(path, '字符串或 null', 'a string or null', value);
  return readString(value, path, max);
}

export function readInteger(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw mustBe(path, '非负整数', 'a non-negative integer', value);
  }
  return value;
}

/** Epoch milliseconds within the range a `Date` can hold. */
export function readTimestamp(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 8.64e15) {
    throw mustBe(path, '非负的毫秒时间戳', 'a non-negative timestamp in milliseconds', value);
  }
  return value;
}

export function readNullableTimestamp(value: unknown, path: string): number | null {
  return value === null ? null : readTimestamp(value, path);
}

export function readOneOf<T extends string>(value: unknown, path: string, allowed: readonly T[]): T {
  const found = allowed.find((a) => a === value);
  if (found === undefined) throw notOneOf(path, allowed.map((a) => JSON.stringify(a)), value);
  return found;
}

export function readNullableOneOf<T extends string>(value: unknown, path: string, allowed: readonly T[]): T | null {
  if (value === null) return null;
  const found = allowed.find((a) => a === value);
  if (found === undefined) throw notOneOf(path, ['null', ...allowed.map((a) => JSON.stringify(a))], value);
  return found;
}

function notOneOf(path: string, list: readonly string[], value: unknown): InvalidValue {
  return mustBe(path, `以下之一：${list.join(', ')}`, `one of ${list.join(', ')}`, value);
}

/** Refuses a key seen twice, naming both places. */
export function checkUnique(keys: readonly string[], path: (i: number) => string): void {
  const seen = new Map<string, number>();
  keys.forEach((key, i) => {
    const first = seen.get(key);
    if (first !== undefined) {
      const shown = JSON.stringify(key.length > 80 ? `${key.slice(0, 80)}…` : key);
      throw new InvalidValue(`${path(i)} 与 ${path(first)} 重复（${shown}）`, `${path(i)} repeats ${path(first)} (${shown})`);
    }
    seen.set(key, i);
  });
}
