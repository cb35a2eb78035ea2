package org.husnu.symposium.core.conflicts;

import java.time.Instant;
import java.util.UUID;

import org.husnu.symposium.core.DomainRuleException;
import org.husnu.symposium.core.store.CollectionNames;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A reviewer who must not see or review an abstract. The id is derived from reviewer,
 * abstract and reason, so recomputing conflicts is idempotent; one pair may conflict for
 * several reasons.
 *
 * @param id {@code reviewerId:abstractId:REASON}
 * @param reviewerId the reviewer's account id
 * @param abstractId the abstract id
 * @param reason why
 * @param note free text, e.g. the declared reason
 * @param createdAt when it was found or declared
 */
@Document(collection = CollectionNames.CONFLICTS)
public record Conflict(@Id String id, UUID reviewerId, UUID abstractId, ConflictReason reason, String note,
		Instant createdAt) {

	public Conflict {
		DomainRuleException.require(reviewerId != null && abstractId != null, "conflict.pair",
				"A conflict names a reviewer and an abstract");
		DomainRuleException.require(reason != null, "conflict.reason", "A conflict needs a reason");
		id = idFor(reviewerId, abstractId, reason);
	}

	public static Conflict of(UUID reviewerId, UUID abstractId, ConflictReason reason, String note, Instant at) {
		return new Conflict(null, reviewerId, abstractId, reason, note, at);
	}

	public static String idFor(UUID reviewerId, UUID abstractId, ConflictReason reason) {
		return reviewerId + ":" + abstractId + ":" + reason;
	}

}
