package org.husnu.symposium.core.abstracts;

import java.util.UUID;

import org.husnu.symposium.core.DomainRuleException;

/**
 * A reviewer of the pool the authors of an abstract say they conflict with (a former
 * supervisor, a close collaborator, a competitor), as HotCRP lets submitters name program
 * committee members. It lives on the abstract, whose only writer is submission-service;
 * review-service reads it as the conflict reason {@code AUTHOR_DECLARED}.
 *
 * @param reviewerId the reviewer's account id (the id of {@code GET /api/reviewers})
 * @param reason why, in a few words; may be empty, never shown to the reviewer
 */
public record DeclaredConflict(UUID reviewerId, String reason) {

	/** Longest reason, in characters. */
	public static final int MAX_REASON = 200;

	public DeclaredConflict {
		DomainRuleException.require(reviewerId != null, "abstract.conflicts.reviewer",
				"Name the reviewer you conflict with (the id from the reviewer list)");
		reason = (reason == null || reason.isBlank()) ? null : reason.strip();
		DomainRuleException.require(reason == null || reason.length() <= MAX_REASON, "abstract.conflicts.reason",
				"Say why in at most " + MAX_REASON + " characters");
	}

}
