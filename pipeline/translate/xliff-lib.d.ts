// The `xliff` package ships no type declarations; these cover what we use.
declare module 'xliff/js2xliff' {
  export default function js2xliff(obj: XliffJs, options?: { indent?: string }): Promise<string>;
}
declare module 'xliff/xliff2js' {
  export default function xliff2js(xml: string, options?: Record<string, unknown>): Promise<XliffJs>;
}
interface XliffUnit {
  source?: unknown;
  target?: unknown;
  note?: unknown;
  additionalAttributes?: Record<string, string>;
}
interface XliffJs {
  sourceLanguage: string;
  targetLanguage?: string;
  resources: Record<string, Record<string, XliffUnit>>;
}
