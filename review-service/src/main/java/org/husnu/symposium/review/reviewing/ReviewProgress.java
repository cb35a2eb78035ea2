package org.husnu.symposium.review.reviewing;

import org.husnu.symposium.core.reviews.Review;

/**
 * Where a reviewer stands with one assigned abstract: no review yet, a draft, or
 * submitted.
 */
enum ReviewProgress {

	NOT_STARTED, DRAFT, SUBMITTED;

	static ReviewProgress of(Review review) {
		if (review == null) {
			return NOT_STARTED;
		}
		return switch (review.status()) {
			case DRAFT -> DRAFT;
			case SUBMITTED -> SUBMITTED;
		};
	}

}
