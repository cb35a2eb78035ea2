package org.husnu.symposium.core.assignment;

/**
 * What makes one reviewer a good or poor match for one abstract: the inputs of the pair's
 * cost. Computed elsewhere (expertise from the profile, bids, text affinity), so the
 * solver needs no text analysis.
 *
 * @param expertise the reviewer's expertise in the abstract's topic, 0 (none) to 3
 * (expert)
 * @param bid the reviewer's bid, -2 (rather not) to +2 (eager)
 * @param affinity text affinity between abstract and reviewer, 0 to 1
 */
public record PairScore(int expertise, int bid, double affinity) {

	public PairScore {
		if (expertise < 0 || expertise > 3) {
			throw new IllegalArgumentException("Expertise is 0 to 3, was " + expertise);
		}
		if (bid < -2 || bid > 2) {
			throw new IllegalArgumentException("A bid is -2 to +2, was " + bid);
		}
		if (!(affinity >= 0 && affinity <= 1)) {
			throw new IllegalArgumentException("Affinity is 0 to 1, was " + affinity);
		}
	}

}
