package org.husnu.symposium.core.accounts;

/**
 * What a person may do. One person may hold several roles.
 */
public enum Role {

	/** Submits, edits and withdraws own abstracts, sees own decisions. */
	AUTHOR,

	/** Declares expertise and conflicts, bids, reviews assigned abstracts. */
	REVIEWER,

	/**
	 * Runs the program: settings, pre-registrations, assignment, decisions, program,
	 * mails, exports.
	 */
	CHAIR,

	/**
	 * Operates the system: settings and accounts, but no review content unless also
	 * chair.
	 */
	ADMIN

}
