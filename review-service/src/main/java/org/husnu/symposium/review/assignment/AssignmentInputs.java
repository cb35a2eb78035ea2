package org.husnu.symposium.review.assignment;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.husnu.symposium.core.abstracts.AbstractStatus;
import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.conflicts.Conflict;
import org.husnu.symposium.core.reviewers.Bid;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * What the assignment reads from collections other services or features write: the
 * submitted abstracts (submission-service), bids and stored conflicts (read through
 * core's documents only).
 */
@Component
class AssignmentInputs {

	private static final String STATUS = "status";

	private static final String NUMBER = "number";

	private static final String REVIEWER_ID = "reviewerId";

	private static final String ABSTRACT_ID = "abstractId";

	private static final Pattern NUMBER_FORMAT = Pattern.compile("A-\\d+");

	private final MongoOperations mongo;

	AssignmentInputs(MongoOperations mongo) {
		this.mongo = mongo;
	}

	/**
	 * The abstracts under review, by number.
	 */
	List<AbstractSubmission> submitted() {
		return this.mongo.find(Query.query(Criteria.where(STATUS).is(AbstractStatus.SUBMITTED)).with(Sort.by(NUMBER)),
				AbstractSubmission.class);
	}

	/**
	 * A submitted abstract by id or number ({@code A-007}, any case).
	 */
	Optional<AbstractSubmission> submitted(String idOrNumber) {
		return find(idOrNumber).filter((submission) -> submission.status() == AbstractStatus.SUBMITTED);
	}

	Optional<AbstractSubmission> find(String idOrNumber) {
		if (idOrNumber == null) {
			return Optional.empty();
		}
		String key = idOrNumber.strip().toUpperCase();
		if (NUMBER_FORMAT.matcher(key).matches()) {
			return Optional
				.ofNullable(this.mongo.findOne(Query.query(Criteria.where(NUMBER).is(key)), AbstractSubmission.class));
		}
		try {
			return Optional.ofNullable(this.mongo.findById(UUID.fromString(key), AbstractSubmission.class));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	List<AbstractSubmission> findAllById(List<UUID> ids) {
		return this.mongo.find(Query.query(Criteria.where("_id").in(ids)), AbstractSubmission.class);
	}

	List<Bid> bids() {
		return this.mongo.findAll(Bid.class);
	}

	List<Conflict> conflicts() {
		return this.mongo.findAll(Conflict.class);
	}

	List<Conflict> conflicts(UUID reviewerId, UUID abstractId) {
		return this.mongo.find(Query.query(Criteria.where(REVIEWER_ID).is(reviewerId).and(ABSTRACT_ID).is(abstractId)),
				Conflict.class);
	}

}
