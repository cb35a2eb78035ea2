package org.husnu.symposium.core.scoring;

import java.util.Map;
import java.util.UUID;

import org.husnu.symposium.core.reviews.Recommendation;

/**
 * The scores of one abstract, each on the 0..1 scale of the review form (0 = every score
 * at its minimum). Without a counted review every score is {@code null}.
 *
 * @param abstractId the abstract
 * @param reviews how many submitted reviews count
 * @param mean mean over reviewers of the unweighted mean of their criterion scores
 * @param weightedMean mean over reviewers of their weighted scores
 * @param median median of the reviewers' weighted scores
 * @param confidenceWeighted the weighted scores averaged with the reviewers' confidence
 * as weights
 * @param normalized the mean of the reviewers' weighted scores after correcting each
 * reviewer's leniency or harshness (per-reviewer z-normalisation with shrinkage)
 * @param spread highest minus lowest weighted score, 0 with one review
 * @param disagreement whether the spread is above the form's disagreement threshold
 * @param recommendations how many reviewers recommend what, every recommendation present
 */
public record AbstractScore(UUID abstractId, int reviews, Double mean, Double weightedMean, Double median,
		Double confidenceWeighted, Double normalized, Double spread, boolean disagreement,
		Map<Recommendation, Integer> recommendations) {

	public AbstractScore {
		recommendations = Map.copyOf(recommendations);
	}

	/**
	 * The score of an abstract without counted reviews.
	 * @param abstractId the abstract
	 * @return every score {@code null}, no recommendation
	 */
	public static AbstractScore none(UUID abstractId) {
		return new AbstractScore(abstractId, 0, null, null, null, null, null, null, false,
				Map.of(Recommendation.ACCEPT_ORAL, 0, Recommendation.ACCEPT_POSTER, 0, Recommendation.REJECT, 0));
	}

}
