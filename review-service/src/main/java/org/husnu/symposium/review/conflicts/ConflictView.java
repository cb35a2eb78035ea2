package org.husnu.symposium.review.conflicts;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.husnu.symposium.core.conflicts.ConflictReason;

/**
 * One reason a reviewer conflicts with an abstract, as chairs see it.
 *
 * @param reviewer the reviewer's account id
 * @param reviewerEmail the reviewer's address
 * @param reviewerName the reviewer's name
 * @param abstractId the abstract id (JSON {@code abstract})
 * @param number the abstract's number
 * @param title the abstract's title
 * @param reason why
 * @param computed whether it follows from current data ({@code ConflictRules}) rather
 * than a declaration (stored, or the authors' on the abstract)
 * @param note what the declarer wrote
 * @param declaredBy the address of who declared it (for {@code AUTHOR_DECLARED} the
 * abstract's submitter), {@code null} for computed ones
 * @param createdAt when it was declared, {@code null} for computed ones
 * @param override a chair's override of a computed reason, {@code null} when it stands
 * @param overridable whether a chair may override it ({@code SAME_LAB},
 * {@code INSTITUTION_POLICY}, {@code AUTHOR_DECLARED})
 */
record ConflictView(UUID reviewer, String reviewerEmail, String reviewerName, @JsonProperty("abstract") UUID abstractId,
		String number, String title, ConflictReason reason, boolean computed, String note, String declaredBy,
		Instant createdAt, ChairOverride override, boolean overridable) {

	/**
	 * A chair's override.
	 *
	 * @param reason why the chair overrode it
	 * @param by the chair's address
	 * @param at when
	 */
	record ChairOverride(String reason, String by, Instant at) {
	}

}
