import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import { DEFAULT_LANG, type Catalog, type Lang } from '../../utils/i18n/lang';

/**
 * The UI language for a tree of components. Entrypoints read the setting and wrap their App in a
 * <LangProvider>; components pick their strings with `useStrings(CATALOG)`.
 */
const LangContext = createContext<Lang>(DEFAULT_LANG);

export function LangProvider({ lang, children }: { lang: Lang; children: ComponentChildren }) {
  return <LangContext.Provider value={lang}>{children}</LangContext.Provider>;
}

export function useLang(): Lang {
  return useContext(LangContext);
}

export function useStrings<T>(catalog: Catalog<T>): T {
  return catalog[useContext(LangContext)];
}
