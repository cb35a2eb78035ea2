package org.husnu.symposium.core.abstracts;

/**
 * Where an abstract stands. Which status may follow which is decided by
 * {@link AbstractLifecycle} alone.
 */
public enum AbstractStatus {

	DRAFT, SUBMITTED, UNDER_REVIEW, ACCEPTED_ORAL, ACCEPTED_POSTER, REJECTED, WITHDRAWN;

	/**
	 * Whether the authors may still change the abstract (before the deadline).
	 * @return {@code true} for drafts and submitted abstracts
	 */
	public boolean isEditableByAuthors() {
		return this == DRAFT || this == SUBMITTED;
	}

	/**
	 * Whether a decision has been applied.
	 * @return {@code true} for accepted and rejected abstracts
	 */
	public boolean isDecided() {
		return this == ACCEPTED_ORAL || this == ACCEPTED_POSTER || this == REJECTED;
	}

	/**
	 * Whether the abstract takes part in review (counts for assignment and scoring).
	 * @return {@code true} from submission on, unless withdrawn
	 */
	public boolean isInReview() {
		return this != DRAFT && this != WITHDRAWN;
	}

}
