// word-extractor 1.0.4 (pure JS, MIT) ships no types; doc.ts uses its OLE extractor and buffer reader.
declare module 'word-extractor/lib/word-ole-extractor.js' {
  namespace WordOleExtractor {
    /** A piece of the document's text: its characters' positions, its text and where its bytes start (bpc: bytes a character). */
    interface Piece {
      startCp: number;
      endCp: number;
      text: string;
      startFilePos: number;
      bpc: number;
      length: number;
    }
  }
  class WordOleExtractor {
    _pieces: WordOleExtractor.Piece[];
    _boundaries: Record<'fcMin' | 'ccpText' | 'ccpFtn' | 'ccpHdd' | 'ccpAtn' | 'ccpEdn' | 'ccpTxbx' | 'ccpHdrTxbx', number>;
    extract(reader: unknown): Promise<unknown>;
    extractWordDocument(document: unknown, buffer: Buffer): Promise<unknown>;
    documentStream(document: unknown, name: string): Promise<unknown>;
    streamBuffer(stream: unknown): Promise<Buffer>;
  }
  export = WordOleExtractor;
}
declare module 'word-extractor/lib/buffer-reader.js' {
  class BufferReader {
    constructor(buffer: Buffer);
    open(): Promise<void>;
    close(): Promise<void>;
  }
  export = BufferReader;
}
