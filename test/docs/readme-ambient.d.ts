// Names the README's snippets use without defining: the reader's own values.
declare const grantCode: string;
interface KeyValue {
  get(key: string): Promise<string | undefined>;
  put(key: string, value: string): Promise<void>;
  remove(key: string): Promise<void>;
  keys(prefix: string): Promise<string[]>;
}
declare function freshKv(): KeyValue;
