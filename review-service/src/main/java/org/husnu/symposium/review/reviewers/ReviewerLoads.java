package org.husnu.symposium.review.reviewers;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.husnu.symposium.core.abstracts.AbstractStatus;
import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.assignment.Assignment;
import org.husnu.symposium.core.conflicts.Conflict;
import org.husnu.symposium.core.conflicts.ConflictRules;
import org.husnu.symposium.core.conflicts.InstitutionPolicy;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * A reviewer's current load: how many abstracts are assigned to them now. Chairs see
 * every assignment; a reviewer counts only those they may see, so an abstract they
 * conflict with is not even counted (a chair removes that assignment).
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

	/**
	 * The load a reviewer sees: their assignments of submitted abstracts they do not
	 * conflict with now (the same ones their list shows).
	 * @param reviewer the reviewer's account, {@code null} before their first login
	 * @param reviewerId the reviewer's account id
	 * @param policy the institution policy in the event settings
	 * @return the count
	 */
	long visibleTo(Account reviewer, UUID reviewerId, InstitutionPolicy policy) {
		List<UUID> assigned = this.mongo.find(Query.query(Criteria.where(REVIEWER_ID).is(reviewerId)), Assignment.class)
			.stream()
			.map(Assignment::abstractId)
			.toList();
		if (assigned.isEmpty() || reviewer == null) {
			return 0;
		}
		List<Conflict> stored = this.mongo.find(Query.query(Criteria.where(REVIEWER_ID).is(reviewerId)),
				Conflict.class);
		return this.mongo
			.find(Query.query(Criteria.where("_id").in(assigned).and("status").is(AbstractStatus.SUBMITTED)),
					AbstractSubmission.class)
			.stream()
			.filter((submission) -> !ConflictRules.conflicts(reviewer, submission, policy, stored))
			.count();
	}

	Map<UUID, Long> all() {
		Map<UUID, Long> loads = new HashMap<>();
		for (Assignment assignment : this.mongo.findAll(Assignment.class)) {
			loads.merge(assignment.reviewerId(), 1L, Long::sum);
		}
		return loads;
	}

}
