package org.husnu.symposium.review.rankings;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.reviews.Recommendation;
import org.husnu.symposium.core.reviews.Review;
import org.husnu.symposium.core.scoring.ReviewScore;

/**
 * One submitted review in the chairs' export, with the reviewer named and both kinds of
 * comments.
 *
 * @param number the abstract's number
 * @param title the abstract's title
 * @param abstractId the abstract's id
 * @param reviewerId the reviewer's account id
 * @param reviewerEmail the reviewer's address, {@code null} if the account is gone
 * @param reviewerName the reviewer's name
 * @param reviewerInstitution the reviewer's institution code
 * @param scores criterion code to score, as the reviewer gave them
 * @param confidence the reviewer's confidence
 * @param recommendation the recommendation
 * @param weightedScore the weighted score on 0..1 under the form in force, {@code null}
 * when no criterion of it was scored
 * @param normalizedScore the weighted score corrected for the reviewer's leniency
 * @param commentsToAuthors comments the authors may read after release
 * @param confidentialComments comments for the chairs only
 * @param submittedAt when submitted
 */
record ReviewLine(String number, String title, UUID abstractId, UUID reviewerId, String reviewerEmail,
		String reviewerName, String reviewerInstitution, Map<String, Integer> scores, Integer confidence,
		Recommendation recommendation, Double weightedScore, Double normalizedScore, String commentsToAuthors,
		String confidentialComments, Instant submittedAt) {

	static ReviewLine of(RankingRow row, Review review, Account reviewer, ReviewScore score) {
		return new ReviewLine(row.number(), row.title(), review.abstractId(), review.reviewerId(),
				(reviewer != null) ? reviewer.email() : null, (reviewer != null) ? reviewer.name() : null,
				(reviewer != null) ? reviewer.institution() : null, review.scores(), review.confidence(),
				review.recommendation(), (score != null) ? score.weighted() : null,
				(score != null) ? score.normalized() : null, review.commentsToAuthors(), review.confidentialComments(),
				review.submittedAt());
	}

}
