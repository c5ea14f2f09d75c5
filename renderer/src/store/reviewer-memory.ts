// The reviewer identity chosen at first use, remembered by this browser profile / app window.
// Guarded because store tests run on plain Node, where there is no localStorage.
const KEY = 'gavel.reviewer';

const storage = (): Storage | null => (typeof localStorage === 'undefined' ? null : localStorage);

export function rememberedReviewer(): string | null {
  return storage()?.getItem(KEY) ?? null;
}

export function rememberReviewer(name: string | null): void {
  if (name === null) storage()?.removeItem(KEY);
  else storage()?.setItem(KEY, name);
}
