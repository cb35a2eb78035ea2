package org.husnu.symposium.core.affinity;

/**
 * Stable 64-bit ids of analysed terms: the same term has the same id in every run and on
 * every machine, so vectors sorted by id add up in the same order everywhere
 * (deterministic scores) without a shared dictionary. At 64 bits a collision among the
 * few hundred thousand terms of a symposium is practically impossible.
 */
final class TermIds {

	private TermIds() {
	}

	static long of(String term) {
		long hash = 0xcbf29ce484222325L;
		for (int i = 0; i < term.length(); i++) {
			hash ^= term.charAt(i);
			hash *= 0x100000001b3L;
		}
		hash ^= (hash >>> 30);
		hash *= 0xbf58476d1ce4e5b9L;
		hash ^= (hash >>> 27);
		hash *= 0x94d049bb133111ebL;
		return hash ^ (hash >>> 31);
	}

}
