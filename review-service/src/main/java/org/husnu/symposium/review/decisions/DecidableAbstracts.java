package org.husnu.symposium.review.decisions;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.reviews.Review;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Reads what decisions need from collections this service does not write here: the
 * abstracts (in any status, so that a withdrawn one is named as such) and their reviews.
 */
@Component
class DecidableAbstracts {

	private static final Pattern NUMBER_FORMAT = Pattern.compile("A-\\d+");

	private final MongoOperations mongo;

	DecidableAbstracts(MongoOperations mongo) {
		this.mongo = mongo;
	}

	/**
	 * An abstract by id or number, in any status.
	 * @param idOrNumber a UUID or a number such as {@code A-007} (any case)
	 * @return the abstract, empty when there is none
	 */
	Optional<AbstractSubmission> find(String idOrNumber) {
		if (idOrNumber == null || idOrNumber.isBlank() || idOrNumber.length() > 64) {
			return Optional.empty();
		}
		String key = idOrNumber.strip().toUpperCase(Locale.ROOT);
		if (NUMBER_FORMAT.matcher(key).matches()) {
			return Optional.ofNullable(
					this.mongo.findOne(Query.query(Criteria.where("number").is(key)), AbstractSubmission.class));
		}
		try {
			return Optional
				.ofNullable(this.mongo.findById(UUID.fromString(idOrNumber.strip()), AbstractSubmission.class));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	List<AbstractSubmission> byIds(Collection<UUID> ids) {
		return this.mongo.find(Query.query(Criteria.where("_id").in(ids)), AbstractSubmission.class);
	}

	List<Review> reviewsOf(UUID abstractId) {
		return this.mongo.find(Query.query(Criteria.where("abstractId").is(abstractId)), Review.class);
	}

}
