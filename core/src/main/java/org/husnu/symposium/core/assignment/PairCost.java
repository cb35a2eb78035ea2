package org.husnu.symposium.core.assignment;

/**
 * Why a pair costs what it costs, part by part, for the chairs' preview.
 *
 * @param expertise what the reviewer lacks in expertise
 * @param bid what the reviewer's bid adds
 * @param affinity what the missing text affinity adds
 * @param balance what this review adds to the reviewer's load cost (the reviewer's
 * reviews are numbered by abstract id, and each carries the step of its number)
 */
public record PairCost(int expertise, int bid, int affinity, long balance) {

	public long total() {
		return this.expertise + this.bid + this.affinity + this.balance;
	}

}
