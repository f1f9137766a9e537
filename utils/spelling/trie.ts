/**
 * A word list as a compact automaton in typed arrays, read from cspell's `TrieXv3` text format (the `.trie` files of
 * the `@cspell/dict-*` packages, shipped unmodified so each stays a separate, replaceable file under its own licence).
 *
 * Why not cspell-trie-lib at run time: its reader builds a UTF-8 byte-level trie (accented letters become two edges),
 * takes 200–360 ms per language and its suggestion search cannot be weighted for Spanish. This reader keeps whole
 * UTF-16 characters, loads Spanish in well under 100 ms and gives the suggestion search (`suggest.ts`) direct access to
 * the nodes. Its output is checked word for word against cspell-trie-lib in `trie.test.ts`.
 *
 * Format, as written by cspell-tools: a header (`TrieXv3`, `base=32`), `__DATA__`, then a stream where a character
 * descends one edge, `$` marks the end of a word and steps back one, `<` steps back one, a digit 2–9 right after a step
 * back steps back n−1 more, `#r;` makes the current edge point to the r-th node built so far (suffix sharing) and `\`
 * escapes the next character.
 */

const EOW_NODE = 1;
const CHAR_SHIFT = 65536;

/** Nodes being built: `[eowFlag, child * 65536 + charCode, …]`, as cspell's own builder keeps them. */
type BuildNode = number[];

export class CompactTrie {
  private constructor(
    /** Edges of node n are `[start[n], start[n + 1])`. */
    private readonly start: Uint32Array,
    private readonly eowFlags: Uint8Array,
    /** The edge's character, as written in the dictionary (case kept). */
    readonly edgeChar: Uint16Array,
    /** The same character lower-cased, for case-insensitive matching. */
    readonly edgeLower: Uint16Array,
    readonly edgeNext: Uint32Array,
  ) {}

  static readonly ROOT = 0;

  /** Parses a `TrieXv3` file (already decompressed). Throws on any other format. */
  static parse(text: string): CompactTrie {
    const dataAt = text.indexOf('__DATA__');
    const header = text.slice(0, Math.max(0, dataAt));
    if (dataAt < 0 || !/^\s*TrieXv3\s*$/m.test(header)) throw new Error('not a TrieXv3 dictionary');
    const radix = Number(/^base=(\d+)$/m.exec(header)?.[1] ?? 16);

    const nodes: (BuildNode | undefined)[] = [[0], [1]];
    const frozen = new Set<number>();
    const refNodes = [0, 1];
    // stack[d]: the node and edge position that the character at depth d was inserted through.
    const stackNode: number[] = [0];
    const stackPos: number[] = [0];
    let nodeIdx = 0;
    let depth = 0;

    const insertChar = (code: number) => {
      if (!nodes[nodeIdx]) refNodes.push(nodeIdx);
      if (frozen.has(nodeIdx)) {
        // A shared suffix gets a new branch: copy it first, as cspell's builder does.
        const copy = nodes.push([...nodes[nodeIdx]!]) - 1;
        const parent = nodes[stackNode[depth]!]!;
        const pos = stackPos[depth]!;
        parent[pos] = copy * CHAR_SHIFT + (parent[pos]! % CHAR_SHIFT);
        nodeIdx = copy;
      }
      let node = nodes[nodeIdx];
      if (!node) {
        node = [0];
        nodes[nodeIdx] = node;
      }
      let pos = 0;
      for (let i = 1; i < node.length; i++) {
        if (node[i]! % CHAR_SHIFT === code) {
          pos = i;
          break;
        }
      }
      const child = pos ? Math.floor(node[pos]! / CHAR_SHIFT) : nodes.length;
      if (!pos) pos = node.push(child * CHAR_SHIFT + code) - 1;
      depth++;
      stackNode[depth] = nodeIdx;
      stackPos[depth] = pos;
      nodeIdx = child;
    };
    const markEow = () => {
      if (nodeIdx === EOW_NODE) return;
      const node = nodes[nodeIdx];
      if (!node) {
        const parent = nodes[stackNode[depth]!]!;
        const pos = stackPos[depth]!;
        parent[pos] = EOW_NODE * CHAR_SHIFT + (parent[pos]! % CHAR_SHIFT);
      } else node[0] = 1;
      nodeIdx = EOW_NODE;
    };
    const reference = (refId: number) => {
      const target = refNodes[refId];
      if (target === undefined || !nodes[target]) throw new Error(`bad reference ${refId}`);
      frozen.add(target);
      nodeIdx = stackNode[depth]!;
      const parent = nodes[nodeIdx]!;
      const pos = stackPos[depth]!;
      parent[pos] = target * CHAR_SHIFT + (parent[pos]! % CHAR_SHIFT);
    };
    const backStep = (n: number) => {
      if (n > depth) throw new Error('malformed dictionary (step back past the root)');
      depth -= n;
      nodeIdx = stackNode[depth + 1]!;
    };

    const BACKSLASH = 92;
    let afterBack = false;
    for (let i = text.indexOf('\n', dataAt) + 1; i > 0 && i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || c === 13) continue;
      if (afterBack) {
        if (c === 60 /* < */) {
          backStep(1);
          continue;
        }
        if (c >= 50 && c <= 57 /* 2–9 */) {
          backStep(c - 49);
          continue;
        }
        afterBack = false;
      }
      switch (c) {
        case 36 /* $ */:
          markEow();
          backStep(1);
          afterBack = true;
          break;
        case 60 /* < */:
          backStep(1);
          afterBack = true;
          break;
        case 35 /* # */: {
          const end = text.indexOf(';', i);
          reference(Number.parseInt(text.slice(i + 1, end), radix) + 1);
          i = end;
          break;
        }
        case BACKSLASH: {
          let next = text.charCodeAt(++i);
          if (next === BACKSLASH) {
            const after = text.charCodeAt(++i);
            next = after === 110 /* n */ ? 10 : after === 114 /* r */ ? 13 : after;
          }
          insertChar(next);
          break;
        }
        default:
          insertChar(c);
      }
    }
    return CompactTrie.compact(nodes);
  }

  private static compact(nodes: (BuildNode | undefined)[]): CompactTrie {
    let edges = 0;
    for (const node of nodes) edges += node ? node.length - 1 : 0;
    const start = new Uint32Array(nodes.length + 1);
    const eow = new Uint8Array(nodes.length);
    const edgeChar = new Uint16Array(edges);
    const edgeLower = new Uint16Array(edges);
    const edgeNext = new Uint32Array(edges);
    const lowerCache = new Map<number, number>();
    const lower = (code: number) => {
      let l = lowerCache.get(code);
      if (l === undefined) {
        l = String.fromCharCode(code).toLowerCase().charCodeAt(0);
        lowerCache.set(code, l);
      }
      return l;
    };
    let e = 0;
    for (let n = 0; n < nodes.length; n++) {
      start[n] = e;
      const node = nodes[n];
      if (!node) continue;
      eow[n] = node[0]! & 1;
      for (let i = 1; i < node.length; i++) {
        const code = node[i]! % CHAR_SHIFT;
        edgeChar[e] = code;
        edgeLower[e] = lower(code);
        edgeNext[e] = Math.floor(node[i]! / CHAR_SHIFT);
        e++;
      }
    }
    start[nodes.length] = e;
    eow[EOW_NODE] = 1;
    return new CompactTrie(start, eow, edgeChar, edgeLower, edgeNext);
  }

  /** First edge of `node`. */
  first(node: number): number {
    return this.start[node]!;
  }

  /** One past the last edge of `node`. */
  end(node: number): number {
    return this.start[node + 1]!;
  }

  isWord(node: number): boolean {
    return this.eowFlags[node] === 1;
  }

  /** The node reached from `node` by the character `code` (case-sensitive), or -1. */
  child(node: number, code: number): number {
    for (let e = this.start[node]!, end = this.start[node + 1]!; e < end; e++) if (this.edgeChar[e] === code) return this.edgeNext[e]!;
    return -1;
  }

  /** Whether `word` is in the list exactly as written (case and accents matter). */
  has(word: string): boolean {
    let node = CompactTrie.ROOT;
    for (let i = 0; i < word.length && node >= 0; i++) node = this.child(node, word.charCodeAt(i));
    return node >= 0 && this.isWord(node);
  }

  /** Every word, in trie order; `skipRoots` leaves out the branches under those first characters (cspell's `~`). */
  *words(skipRoots = '~'): Generator<string> {
    const skip = new Set([...skipRoots].map((c) => c.charCodeAt(0)));
    const walk = function* (trie: CompactTrie, node: number, prefix: string): Generator<string> {
      if (trie.isWord(node) && prefix) yield prefix;
      for (let e = trie.first(node), end = trie.end(node); e < end; e++) {
        if (node === CompactTrie.ROOT && skip.has(trie.edgeChar[e]!)) continue;
        yield* walk(trie, trie.edgeNext[e]!, prefix + String.fromCharCode(trie.edgeChar[e]!));
      }
    };
    yield* walk(this, CompactTrie.ROOT, '');
  }

  /** Bytes held by the arrays (an estimate of the memory the dictionary costs). */
  get byteLength(): number {
    return this.start.byteLength + this.eowFlags.byteLength + this.edgeChar.byteLength * 2 + this.edgeNext.byteLength;
  }
}
