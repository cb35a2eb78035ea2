package org.husnu.symposium.review.reviewing;

import java.util.Map;

import jakarta.validation.constraints.Size;
import org.husnu.symposium.core.reviews.Recommendation;

/**
 * A reviewer's review as sent to {@code PUT /api/reviews/{abstract}}: a draft may leave
 * anything out, but each score given must be on its criterion's scale.
 *
 * @param scores criterion code to score
 * @param confidence the confidence on the form's scale
 * @param recommendation the recommendation
 * @param commentsToAuthors comments the authors may read once decisions are released
 * @param commentsToChairs confidential comments for the chairs only
 * @param version the version read with the review, {@code null} for a new one
 */
public record ReviewRequest(@Size(max = 30) Map<String, Integer> scores, Integer confidence,
		Recommendation recommendation, @Size(max = ReviewRequest.MAX_COMMENT) String commentsToAuthors,
		@Size(max = ReviewRequest.MAX_COMMENT) String commentsToChairs, Long version) {

	/** Longest comment, in characters. */
	static final int MAX_COMMENT = 20_000;

}
