package org.husnu.symposium.core.reviewers;

/**
 * How much a reviewer wants to review an abstract. A conflict is declared separately,
 * never by bidding, so that it is honoured as a hard rule.
 */
public enum BidLevel {

	EAGER(2), WILLING(1), NEUTRAL(0), RELUCTANT(-1);

	private final int preference;

	BidLevel(int preference) {
		this.preference = preference;
	}

	public int preference() {
		return this.preference;
	}

}
