// The record files' stats a cache lookup (check's, a kept result's) took for its
// fingerprint, handed to the parse cache on a miss so that no file is looked at twice.
import { type Looked, lookedFrom, type StatIdentity } from './file-identity.js';

/**
 * The stats a cache lookup took, kept as numbers outside the heap: a hit needs
 * none of them, and ten thousand stat objects (or strings made of them) kept until its end
 * cost the garbage collector more than the lookup. A miss makes them what the parse cache
 * reads (lookedFrom).
 */
export class SeenStats {
  private files: string[] = [];
  // Signed 64 bits: a timestamp before 1970 is negative; an inode past 2^63 would come back otherwise, and then only miss the parse cache.
  private numbers = new BigInt64Array(5 * 1024);

  add(file: string, info: StatIdentity): void {
    const at = this.files.length * 5;
    if (at + 5 > this.numbers.length) {
      const grown = new BigInt64Array(this.numbers.length * 2);
      grown.set(this.numbers);
      this.numbers = grown;
    }
    const numbers = this.numbers;
    numbers[at] = info.dev;
    numbers[at + 1] = info.ino;
    numbers[at + 2] = info.size;
    numbers[at + 3] = info.mtimeNs;
    numbers[at + 4] = info.ctimeNs;
    this.files.push(file);
  }

  looked(lookedAtNs: bigint): Map<string, Looked> {
    const looked = new Map<string, Looked>();
    this.files.forEach((file, index) => {
      const [dev, ino, size, mtimeNs, ctimeNs] = this.numbers.subarray(index * 5, index * 5 + 5);
      looked.set(file, lookedFrom({ dev: dev!, ino: ino!, size: size!, mtimeNs: mtimeNs!, ctimeNs: ctimeNs! }, lookedAtNs));
    });
    return looked;
  }
}
