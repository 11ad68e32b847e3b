/**
 * Machine translation: a provider turns Chinese blocks into English drafts.
 * Drafts are written with `state=mt` — never counted as reviewed, reported
 * by `check` (mt-draft) and marked in every edition until a human reviews them.
 */
export interface MtBlock {
  id: string;
  kind: 'heading' | 'paragraph';
  /** the block's inline Markdown in Chinese (lead sentences as `**…**`) */
  source: string;
}

/** A glossary term the translation must use. */
export interface MtConstraint {
  zh: string;
  en: string;
  variants?: readonly string[];
}

export interface MtOptions {
  /** terms to use, per block id (only those occurring in the block) */
  glossary: ReadonlyMap<string, readonly MtConstraint[]>;
  signal?: AbortSignal;
}

export interface MtResult {
  id: string;
  /** English inline Markdown */
  text: string;
}

export interface MtProvider {
  /** e.g. `openai-compatible:model-name`, recorded in messages */
  readonly name: string;
  translate(blocks: readonly MtBlock[], options: MtOptions): Promise<MtResult[]>;
}
