package org.husnu.symposium.core.reviewers;

import java.time.Instant;
import java.util.UUID;

import org.husnu.symposium.core.DomainRuleException;
import org.husnu.symposium.core.store.CollectionNames;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A reviewer's bid on one abstract. The id is derived from the pair, so bidding again
 * replaces the old bid instead of adding a second one.
 *
 * @param id {@code reviewerId:abstractId}
 * @param reviewerId the reviewer's account id
 * @param abstractId the abstract id
 * @param level the bid
 * @param updatedAt last change
 */
@Document(collection = CollectionNames.BIDS)
public record Bid(@Id String id, UUID reviewerId, UUID abstractId, BidLevel level, Instant updatedAt) {

	public Bid {
		DomainRuleException.require(reviewerId != null && abstractId != null, "bid.pair",
				"A bid names a reviewer and an abstract");
		DomainRuleException.require(level != null, "bid.level", "A bid needs a level");
		id = idFor(reviewerId, abstractId);
	}

	public static Bid of(UUID reviewerId, UUID abstractId, BidLevel level, Instant at) {
		return new Bid(null, reviewerId, abstractId, level, at);
	}

	public static String idFor(UUID reviewerId, UUID abstractId) {
		return reviewerId + ":" + abstractId;
	}

}
