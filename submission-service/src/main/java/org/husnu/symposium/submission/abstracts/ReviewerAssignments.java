package org.husnu.symposium.submission.abstracts;

import java.util.List;
import java.util.UUID;

import org.husnu.symposium.core.assignment.Assignment;
import org.husnu.symposium.core.conflicts.Conflict;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * What submission-service reads of review-service's records to let an assigned reviewer
 * see an abstract: the assignment and the stored conflicts of the pair. Read only; the
 * review side writes them.
 */
@Component
class ReviewerAssignments {

	private static final String ID = "_id";

	private static final String REVIEWER_ID = "reviewerId";

	private static final String ABSTRACT_ID = "abstractId";

	private final MongoOperations mongo;

	ReviewerAssignments(MongoOperations mongo) {
		this.mongo = mongo;
	}

	boolean isAssigned(UUID reviewerId, UUID abstractId) {
		return this.mongo.exists(Query.query(Criteria.where(ID).is(Assignment.idFor(reviewerId, abstractId))),
				Assignment.class);
	}

	List<Conflict> storedConflicts(UUID reviewerId, UUID abstractId) {
		return this.mongo.find(Query.query(Criteria.where(REVIEWER_ID).is(reviewerId).and(ABSTRACT_ID).is(abstractId)),
				Conflict.class);
	}

}
