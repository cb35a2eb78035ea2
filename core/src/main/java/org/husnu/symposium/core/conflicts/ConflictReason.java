package org.husnu.symposium.core.conflicts;

/**
 * Why a reviewer must not review an abstract.
 */
public enum ConflictReason {

	/** The reviewer is one of the authors or has co-authored with one of them. */
	CO_AUTHOR,

	/** The reviewer works in the same department or lab as an author. */
	SAME_LAB,

	/** Declared by the reviewer, or set by a chair (stored in {@code conflicts}). */
	DECLARED,

	/**
	 * Declared by the authors on their abstract (read from the abstract, which
	 * submission-service writes); a chair may override it.
	 */
	AUTHOR_DECLARED,

	/** Follows from the institution policy chosen by the chairs. */
	INSTITUTION_POLICY

}
