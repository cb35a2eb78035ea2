package org.husnu.symposium.review.reviewing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.husnu.symposium.core.i18n.LocalizedText;
import org.husnu.symposium.core.reviews.Recommendation;

/**
 * What the reviewing API answers with. None of them names an author or another reviewer.
 */
final class ReviewViews {

	private ReviewViews() {
	}

	/**
	 * An abstract assigned to the caller, with where their review stands.
	 *
	 * @param abstractId the abstract id
	 * @param number its number
	 * @param title its title
	 * @param primaryTopic the primary topic area code
	 * @param topics all its topic area codes, primary first
	 * @param status NOT_STARTED, DRAFT or SUBMITTED
	 * @param due the review deadline
	 * @param dueLocal the review deadline in the event's time zone (Asia/Tokyo)
	 * @param timeZone the event's time zone
	 * @param updatedAt the last change of the review, {@code null} before the first
	 */
	record Assigned(UUID abstractId, String number, String title, String primaryTopic, List<String> topics,
			ReviewProgress status, Instant due, String dueLocal, String timeZone, Instant updatedAt) {
	}

	/**
	 * The caller's own review of an abstract.
	 *
	 * @param abstractId the abstract id
	 * @param number its number
	 * @param status NOT_STARTED, DRAFT or SUBMITTED
	 * @param scores criterion code to score
	 * @param confidence the confidence
	 * @param recommendation the recommendation
	 * @param commentsToAuthors comments the authors may read after the decisions are
	 * released
	 * @param commentsToChairs confidential comments only the chairs read
	 * @param version the version to send back when saving
	 * @param updatedAt the last change
	 * @param submittedAt the first submission
	 * @param editable whether the review deadline still allows changes
	 * @param due the review deadline
	 * @param dueLocal the review deadline in the event's time zone
	 * @param retired scores on criteria the form no longer has, with their labels
	 */
	record Own(UUID abstractId, String number, ReviewProgress status, Map<String, Integer> scores, Integer confidence,
			Recommendation recommendation, String commentsToAuthors, String commentsToChairs, Long version,
			Instant updatedAt, Instant submittedAt, boolean editable, Instant due, String dueLocal,
			List<Retired> retired) {
	}

	/**
	 * A score on a criterion the chairs removed from the form since.
	 *
	 * @param code the criterion code
	 * @param label its label when it was on the form
	 * @param score the score given
	 */
	record Retired(String code, LocalizedText label, int score) {
	}

	/**
	 * Another reviewer's submitted review, anonymised.
	 *
	 * @param reviewer "Reviewer 2": numbered by first submission, stable
	 * @param number the same number
	 * @param scores criterion code to score
	 * @param confidence the confidence
	 * @param recommendation the recommendation
	 * @param commentsToAuthors the comments meant for the authors (never the confidential
	 * ones)
	 */
	record Other(String reviewer, int number, Map<String, Integer> scores, Integer confidence,
			Recommendation recommendation, String commentsToAuthors) {
	}

	/**
	 * The other reviews of an abstract as the caller may see them.
	 *
	 * @param ownNumber the caller's own number among the reviewers
	 * @param reviews the other submitted reviews
	 */
	record Others(int ownNumber, List<Other> reviews) {
	}

}
