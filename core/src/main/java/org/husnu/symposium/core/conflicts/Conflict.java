package org.husnu.symposium.core.conflicts;

import java.time.Instant;
import java.util.UUID;

import org.husnu.symposium.core.DomainRuleException;
import org.husnu.symposium.core.store.CollectionNames;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A reviewer who must not see or review an abstract, or a chair's override of a computed
 * conflict. The id is derived from reviewer, abstract and reason (and whether it is an
 * override), so declaring or overriding twice is idempotent; one pair may conflict for
 * several reasons. An override names a reason {@link ConflictRules} computes and waives
 * only that reason for only that pair; it is not a conflict itself.
 *
 * @param id {@code reviewerId:abstractId:REASON}, with {@code :overridden} for an
 * override
 * @param reviewerId the reviewer's account id
 * @param abstractId the abstract id
 * @param reason why (for an override: the computed reason it waives)
 * @param note free text, e.g. the declared reason or why a chair overrode
 * @param declaredBy the account that declared or overrode it, {@code null} when it was
 * found by the system
 * @param overridden whether this is a chair's override of a computed conflict
 * @param createdAt when it was found, declared or overridden
 */
@Document(collection = CollectionNames.CONFLICTS)
public record Conflict(@Id String id, UUID reviewerId, UUID abstractId, ConflictReason reason, String note,
		UUID declaredBy, boolean overridden, Instant createdAt) {

	private static final String OVERRIDDEN_SUFFIX = ":overridden";

	public Conflict {
		DomainRuleException.require(reviewerId != null && abstractId != null, "conflict.pair",
				"A conflict names a reviewer and an abstract");
		DomainRuleException.require(reason != null, "conflict.reason", "A conflict needs a reason");
		DomainRuleException.require(!overridden || reason != ConflictReason.DECLARED, "conflict.override.declared",
				"A conflict the reviewer declared cannot be overridden; only computed ones (same lab, institution policy) "
						+ "and those the authors declared");
		id = idFor(reviewerId, abstractId, reason) + ((overridden) ? OVERRIDDEN_SUFFIX : "");
	}

	public static Conflict of(UUID reviewerId, UUID abstractId, ConflictReason reason, String note, Instant at) {
		return new Conflict(null, reviewerId, abstractId, reason, note, null, false, at);
	}

	/**
	 * A conflict declared by the reviewer or a chair (authors declare theirs on the
	 * abstract).
	 * @param reviewerId the reviewer
	 * @param abstractId the abstract
	 * @param note why, as they said it
	 * @param declaredBy who declared it
	 * @param at when
	 * @return the conflict
	 */
	public static Conflict declared(UUID reviewerId, UUID abstractId, String note, UUID declaredBy, Instant at) {
		return new Conflict(null, reviewerId, abstractId, ConflictReason.DECLARED, note, declaredBy, false, at);
	}

	/**
	 * A chair's override of a computed conflict.
	 * @param reviewerId the reviewer
	 * @param abstractId the abstract
	 * @param reason the computed reason it waives
	 * @param note why the chair overrode it
	 * @param chair the chair
	 * @param at when
	 * @return the override
	 */
	public static Conflict override(UUID reviewerId, UUID abstractId, ConflictReason reason, String note, UUID chair,
			Instant at) {
		return new Conflict(null, reviewerId, abstractId, reason, note, chair, true, at);
	}

	public static String idFor(UUID reviewerId, UUID abstractId, ConflictReason reason) {
		return reviewerId + ":" + abstractId + ":" + reason;
	}

	/**
	 * Whether this record is about the given pair.
	 * @param reviewerId the reviewer
	 * @param abstractId the abstract
	 * @return {@code true} if it names both
	 */
	public boolean concerns(UUID reviewerId, UUID abstractId) {
		return this.reviewerId.equals(reviewerId) && this.abstractId.equals(abstractId);
	}

}
