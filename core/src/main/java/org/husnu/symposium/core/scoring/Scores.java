package org.husnu.symposium.core.scoring;

import java.util.Map;
import java.util.UUID;

/**
 * The result of {@link Scoring#score}: per abstract, per counted review, and the pool the
 * normalisation maps back to.
 *
 * @param abstracts per abstract id, in the order the abstracts were given (or first
 * reviewed)
 * @param reviews per review id, the counted reviews only
 * @param poolMean mean of every counted review's weighted score, {@code NaN} without one
 * @param poolSd population standard deviation of those scores, 0 with fewer than two
 */
public record Scores(Map<UUID, AbstractScore> abstracts, Map<String, ReviewScore> reviews, double poolMean,
		double poolSd) {

	public Scores {
		abstracts = java.util.Collections.unmodifiableMap(abstracts);
		reviews = java.util.Collections.unmodifiableMap(reviews);
	}

	/**
	 * The scores of one abstract.
	 * @param abstractId the abstract
	 * @return its scores, {@link AbstractScore#none} when no review of it counts
	 */
	public AbstractScore of(UUID abstractId) {
		AbstractScore score = this.abstracts.get(abstractId);
		return (score != null) ? score : AbstractScore.none(abstractId);
	}

}
