package org.husnu.symposium.core.reviewers;

import java.util.Arrays;

import org.husnu.symposium.core.DomainRuleException;

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

	/**
	 * The expertise of a level, as reviewers enter it (0–3).
	 * @param level the level
	 * @return the expertise
	 * @throws DomainRuleException if the level is not 0–3
	 */
	public static Expertise ofLevel(int level) {
		return Arrays.stream(values())
			.filter((expertise) -> expertise.level == level)
			.findFirst()
			.orElseThrow(() -> new DomainRuleException("reviewer.expertise",
					"An expertise level is 0 (none), 1 (familiar), 2 (knowledgeable) or 3 (expert), not " + level));
	}

}
