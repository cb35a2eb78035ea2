package org.husnu.symposium.review.reviewers;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.husnu.symposium.core.assignment.Assignment;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * A reviewer's current load: how many abstracts are assigned to them now.
 */
@Component
class ReviewerLoads {

	private static final String REVIEWER_ID = "reviewerId";

	private final MongoOperations mongo;

	ReviewerLoads(MongoOperations mongo) {
		this.mongo = mongo;
	}

	long of(UUID reviewerId) {
		return this.mongo.count(Query.query(Criteria.where(REVIEWER_ID).is(reviewerId)), Assignment.class);
	}

	Map<UUID, Long> all() {
		Map<UUID, Long> loads = new HashMap<>();
		for (Assignment assignment : this.mongo.findAll(Assignment.class)) {
			loads.merge(assignment.reviewerId(), 1L, Long::sum);
		}
		return loads;
	}

}
