package org.husnu.symposium.core.reviewers;

/**
 * How well a reviewer knows a topic area; the assignment prefers higher levels.
 */
public enum Expertise {

	NONE(0), FAMILIAR(1), KNOWLEDGEABLE(2), EXPERT(3);

	private final int level;

	Expertise(int level) {
		this.level = level;
	}

	public int level() {
		return this.level;
	}

}
