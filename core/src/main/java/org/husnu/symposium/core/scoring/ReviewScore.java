package org.husnu.symposium.core.scoring;

import java.util.UUID;

/**
 * What one submitted review contributes, on the 0..1 scale of the form.
 *
 * @param reviewId the review
 * @param abstractId the abstract reviewed
 * @param reviewerId the reviewer
 * @param mean the unweighted mean of the review's criterion scores
 * @param weighted the weighted score, renormalised over the criteria the review has
 * @param confidenceWeight the review's weight in the confidence-weighted mean
 * ({@link Scoring#CONFIDENCE_FLOOR} to 1)
 * @param normalized the weighted score corrected for the reviewer's leniency
 * @param criteria how many criteria of the form in force the review scored
 */
public record ReviewScore(String reviewId, UUID abstractId, UUID reviewerId, double mean, double weighted,
		double confidenceWeight, double normalized, int criteria) {

}
