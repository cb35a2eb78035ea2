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

}
