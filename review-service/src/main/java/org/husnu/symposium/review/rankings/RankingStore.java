package org.husnu.symposium.review.rankings;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import org.husnu.symposium.core.abstracts.AbstractStatus;
import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.decisions.Decision;
import org.husnu.symposium.core.reviews.Review;
import org.husnu.symposium.core.reviews.ReviewForm;
import org.husnu.symposium.core.reviews.ReviewStatus;
import org.husnu.symposium.core.store.CollectionNames;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * What a ranking reads, each in one query whatever the number of abstracts (no query per
 * abstract): the form in force, the abstracts that are ranked, every submitted review,
 * the number of reviewers assigned per abstract, and the decisions. Writes nothing.
 */
@Component
class RankingStore {

	/**
	 * Statuses of the abstracts that are ranked: submitted for review and not withdrawn
	 * (an abstract stays in the ranking once decided).
	 */
	static final List<AbstractStatus> RANKED = List.of(AbstractStatus.SUBMITTED, AbstractStatus.UNDER_REVIEW,
			AbstractStatus.ACCEPTED_ORAL, AbstractStatus.ACCEPTED_POSTER, AbstractStatus.REJECTED);

	private final MongoOperations mongo;

	RankingStore(MongoOperations mongo) {
		this.mongo = mongo;
	}

	/**
	 * The review form in force.
	 * @return the stored form, or the default one when none is stored
	 */
	ReviewForm form() {
		ReviewForm form = this.mongo.findById(ReviewForm.CURRENT, ReviewForm.class);
		return (form != null) ? form : ReviewForm.defaultForm();
	}

	/**
	 * The ranked abstracts, by number, without their text and PDF history.
	 * @return the abstracts
	 */
	List<AbstractSubmission> abstracts() {
		Query query = Query.query(Criteria.where("status").in(RANKED)).with(Sort.by("number"));
		query.fields().exclude("text", "pdfVersions", "declaredConflicts");
		return this.mongo.find(query, AbstractSubmission.class);
	}

	/**
	 * Every submitted review (drafts never count).
	 * @return the reviews
	 */
	List<Review> submittedReviews() {
		return this.mongo.find(Query.query(Criteria.where("status").is(ReviewStatus.SUBMITTED)), Review.class);
	}

	/**
	 * The submitted reviews of one abstract.
	 * @param abstractId the abstract
	 * @return its reviews
	 */
	List<Review> submittedReviews(UUID abstractId) {
		return this.mongo.find(
				Query.query(Criteria.where("abstractId").is(abstractId).and("status").is(ReviewStatus.SUBMITTED)),
				Review.class);
	}

	/**
	 * How many reviewers are assigned to each abstract.
	 * @return abstract id to count; abstracts without assignment are absent
	 */
	Map<UUID, Integer> assignedCounts() {
		Query query = new Query();
		query.fields().include("abstractId");
		Map<UUID, Integer> counts = new HashMap<>();
		for (Document assignment : this.mongo.find(query, Document.class, CollectionNames.ASSIGNMENTS)) {
			Object id = assignment.get("abstractId");
			if (id instanceof UUID abstractId) {
				counts.merge(abstractId, 1, Integer::sum);
			}
		}
		return counts;
	}

	/**
	 * The decisions, per abstract.
	 * @return abstract id to decision
	 */
	Map<UUID, Decision> decisions() {
		Map<UUID, Decision> decisions = new HashMap<>();
		for (Decision decision : this.mongo.findAll(Decision.class)) {
			decisions.put(decision.abstractId(), decision);
		}
		return decisions;
	}

}
