package org.husnu.symposium.core.conflicts;

/**
 * Whether belonging to the same institution as an author is itself a conflict. The
 * session wants reviewers from both institutions on every abstract, so the default is
 * {@link #NONE}; with {@link #SAME_INSTITUTION} the "one reviewer from each institution"
 * rule of the assignment cannot hold and is relaxed.
 */
public enum InstitutionPolicy {

	/** Institution alone never conflicts. */
	NONE,

	/**
	 * A reviewer conflicts with every abstract that has an author from their institution.
	 */
	SAME_INSTITUTION

}
