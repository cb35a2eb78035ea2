package org.husnu.symposium.core.conflicts;

/**
 * Whether belonging to the presenting author's institution is itself a conflict. The
 * session wants reviewers from both institutions on every abstract, so the default is
 * {@link #NONE}; with {@link #SAME_INSTITUTION} the "one reviewer from each institution"
 * rule of the assignment asks only for the institutions the policy allows. It looks at
 * the presenting author, the institution that speaks for the abstract, not at every
 * co-author: joint HU–SNU abstracts are what the session wants, and a rule over all
 * authors would leave them with no reviewer at all.
 */
public enum InstitutionPolicy {

	/** Institution alone never conflicts. */
	NONE,

	/**
	 * A reviewer conflicts with every abstract whose presenting author is from their
	 * institution.
	 */
	SAME_INSTITUTION

}
