package org.husnu.symposium.core.reviewers;

import org.husnu.symposium.core.DomainRuleException;

/**
 * How much a reviewer wants to review an abstract. A conflict is declared separately,
 * never by bidding, so that it is honoured as a hard rule.
 */
public enum BidLevel {

	EAGER(2), WILLING(1), NEUTRAL(0), RELUCTANT(-1), UNWILLING(-2);

	private final int preference;

	BidLevel(int preference) {
		this.preference = preference;
	}

	public int preference() {
		return this.preference;
	}

	/**
	 * The level a reviewer means by a number from -2 to +2.
	 * @param preference the number, -2 (rather not) to +2 (eager)
	 * @return the level
	 * @throws DomainRuleException ({@code bid.level}) for anything else
	 */
	public static BidLevel ofPreference(Integer preference) {
		for (BidLevel level : values()) {
			if (preference != null && level.preference == preference) {
				return level;
			}
		}
		throw new DomainRuleException("bid.level", "A bid is a level from -2 (rather not) to 2 (eager); " + preference
				+ " is not one; to keep away from an abstract for a conflict, declare the conflict");
	}

}
