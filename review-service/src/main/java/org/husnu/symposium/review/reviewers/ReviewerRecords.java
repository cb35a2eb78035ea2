package org.husnu.symposium.review.reviewers;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.assignment.Assignment;
import org.husnu.symposium.core.reviewers.Bid;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * What belongs to one reviewer besides their profile, for removing them from the pool:
 * their assignments and bids (both written by this service) and the numbers of the
 * abstracts assigned to them (read from submission-service's collection).
 */
@Component
class ReviewerRecords {

	private static final String REVIEWER_ID = "reviewerId";

	private final MongoOperations mongo;

	ReviewerRecords(MongoOperations mongo) {
		this.mongo = mongo;
	}

	/**
	 * The numbers of the abstracts assigned to a reviewer; an abstract that is no longer
	 * stored is named by its id, so every assignment is counted.
	 * @param reviewerId the reviewer
	 * @return one entry per assignment, numbers first, sorted
	 */
	List<String> assignedNumbers(UUID reviewerId) {
		List<UUID> abstractIds = this.mongo.find(ofReviewer(reviewerId), Assignment.class)
			.stream()
			.map(Assignment::abstractId)
			.toList();
		if (abstractIds.isEmpty()) {
			return List.of();
		}
		Map<UUID, String> numbers = new HashMap<>();
		this.mongo.find(Query.query(Criteria.where("_id").in(abstractIds)), AbstractSubmission.class)
			.forEach((submission) -> numbers.put(submission.id(), submission.number()));
		return abstractIds.stream()
			.map((id) -> numbers.getOrDefault(id, id.toString()))
			.sorted(Comparator.comparing((String key) -> !key.startsWith("A-"))
				.thenComparing(Comparator.naturalOrder()))
			.toList();
	}

	long removeAssignments(UUID reviewerId) {
		return this.mongo.remove(ofReviewer(reviewerId), Assignment.class).getDeletedCount();
	}

	long removeBids(UUID reviewerId) {
		return this.mongo.remove(ofReviewer(reviewerId), Bid.class).getDeletedCount();
	}

	private static Query ofReviewer(UUID reviewerId) {
		return Query.query(Criteria.where(REVIEWER_ID).is(reviewerId));
	}

}
