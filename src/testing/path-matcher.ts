/**
 * Method + path templates (`/crm/v8/{module}/{id}`) matched the way Zoho's router does: a
 * placeholder matches one path segment, and the most literal template wins (`/Leads/search`
 * before `/{module}/{id}`). The simulator's router and the spec/ table both match this way,
 * so a request the spec knows always reaches the same route.
 */
export interface PathTemplate {
  method: string;
  /** A path with `{name}` placeholders, as in spec/. */
  path: string;
}

interface Compiled<T> {
  entry: T;
  pattern: RegExp;
  names: string[];
  /** Literal segments: more wins. */
  specificity: number;
}

export type PathMatch<T> = { entry: T; params: Record<string, string> } | 'method-not-allowed' | undefined;

export class PathMatcher<T extends PathTemplate> {
  #compiled: Compiled<T>[] = [];

  add(...entries: readonly T[]): void {
    for (const entry of entries) {
      const names: string[] = [];
      const source = entry.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{([^}]+)\}/g, (_m, name: string) => {
        names.push(name);
        return '([^/]+)';
      });
      const specificity = entry.path.split('/').filter((s) => s && !s.startsWith('{')).length;
      this.#compiled.push({ entry, pattern: new RegExp(`^${source}/?$`), names, specificity });
    }
    // A stable sort: among equally literal templates, the one added first wins.
    this.#compiled.sort((a, b) => b.specificity - a.specificity);
  }

  get entries(): T[] {
    return this.#compiled.map((c) => c.entry);
  }

  /** The entry for method + path, or 'method-not-allowed' when only the path is known. */
  match(method: string, pathname: string): PathMatch<T> {
    let pathMatched = false;
    for (const { entry, pattern, names } of this.#compiled) {
      const found = pattern.exec(pathname);
      if (!found) continue;
      pathMatched = true;
      if (entry.method !== method) continue;
      const params: Record<string, string> = {};
      names.forEach((name, i) => {
        params[name] = decodeSegment(found[i + 1] ?? '');
      });
      return { entry, params };
    }
    return pathMatched ? 'method-not-allowed' : undefined;
  }
}

/** A path segment decoded; a malformed escape (`%E0%A4%A`) stays as sent, a client's mistake rather than a crash. */
export function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch (error) {
    if (error instanceof URIError) return segment;
    throw error;
  }
}
