package org.husnu.symposium.core.reviews;

/**
 * A review is a draft until the reviewer submits it; only submitted reviews count.
 */
public enum ReviewStatus {

	DRAFT, SUBMITTED

}
