package org.husnu.symposium.core.assignment;

import java.time.Instant;
import java.util.UUID;

import org.husnu.symposium.core.DomainRuleException;
import org.husnu.symposium.core.store.CollectionNames;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A reviewer assigned to an abstract. The id is derived from the pair, so assigning twice
 * is harmless and a pair can never be assigned twice.
 *
 * @param id {@code reviewerId:abstractId}
 * @param reviewerId the reviewer's account id
 * @param abstractId the abstract id
 * @param source who made it
 * @param assignedAt when
 * @param version optimistic-locking version
 */
@Document(collection = CollectionNames.ASSIGNMENTS)
public record Assignment(@Id String id, UUID reviewerId, UUID abstractId, AssignmentSource source, Instant assignedAt,
		@Version Long version) {

	public Assignment {
		DomainRuleException.require(reviewerId != null && abstractId != null, "assignment.pair",
				"An assignment names a reviewer and an abstract");
		DomainRuleException.require(source != null, "assignment.source", "An assignment needs a source");
		id = idFor(reviewerId, abstractId);
	}

	public static Assignment of(UUID reviewerId, UUID abstractId, AssignmentSource source, Instant at) {
		return new Assignment(null, reviewerId, abstractId, source, at, null);
	}

	public static String idFor(UUID reviewerId, UUID abstractId) {
		return reviewerId + ":" + abstractId;
	}

}
