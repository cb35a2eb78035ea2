package org.husnu.symposium.review.conflicts;

import java.util.List;
import java.util.UUID;

import org.husnu.symposium.core.conflicts.Conflict;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The stored conflicts and overrides; review-service is the only writer of
 * {@code conflicts}. Computed conflicts are not stored: core's {@code ConflictRules}
 * derives them from current data on every read.
 */
@Component
public class ConflictStore {

	private static final String REVIEWER_ID = "reviewerId";

	private final MongoOperations mongo;

	ConflictStore(MongoOperations mongo) {
		this.mongo = mongo;
	}

	/**
	 * The stored conflicts and overrides of one reviewer.
	 * @param reviewerId the reviewer's account id
	 * @return their records
	 */
	public List<Conflict> ofReviewer(UUID reviewerId) {
		return this.mongo.find(Query.query(Criteria.where(REVIEWER_ID).is(reviewerId)), Conflict.class);
	}

	/**
	 * Every stored conflict and override.
	 * @return the records
	 */
	public List<Conflict> all() {
		return this.mongo.findAll(Conflict.class);
	}

	/**
	 * Stores a record unless one with its id exists: declaring or overriding twice keeps
	 * the first, with its time and author.
	 * @param conflict the record
	 * @return whether it was new
	 */
	boolean addIfAbsent(Conflict conflict) {
		if (this.mongo.exists(Query.query(Criteria.where("_id").is(conflict.id())), Conflict.class)) {
			return false;
		}
		try {
			this.mongo.insert(conflict);
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

}
