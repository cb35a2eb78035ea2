package org.husnu.symposium.review.rankings;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import org.husnu.symposium.core.abstracts.AbstractStatus;
import org.husnu.symposium.core.abstracts.PresentationPreference;
import org.husnu.symposium.core.decisions.Decision;
import org.husnu.symposium.core.reviews.Recommendation;
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
	 * The ranked abstracts, by number: only the fields the ranking shows, read as plain
	 * documents (mapping whole abstracts took most of the ranking's time).
	 * @return the abstracts
	 */
	List<RankedAbstract> abstracts() {
		Query query = Query.query(Criteria.where("status").in(RANKED.stream().map(Enum::name).toList()))
			.with(Sort.by("number"));
		query.fields().include("number", "title", "primaryTopic", "authors", "presentation", "studentPresenter");
		List<RankedAbstract> abstracts = new ArrayList<>();
		for (Document document : this.mongo.find(query, Document.class, CollectionNames.ABSTRACTS)) {
			String institution = null;
			for (Document author : document.getList("authors", Document.class, List.of())) {
				if (Boolean.TRUE.equals(author.getBoolean("presenting"))) {
					institution = author.getString("institution");
				}
			}
			String presentation = document.getString("presentation");
			abstracts.add(new RankedAbstract(document.get("_id", UUID.class), document.getString("number"),
					document.getString("title"), document.getString("primaryTopic"), institution,
					(presentation != null) ? PresentationPreference.valueOf(presentation)
							: PresentationPreference.EITHER,
					Boolean.TRUE.equals(document.getBoolean("studentPresenter"))));
		}
		return abstracts;
	}

	/**
	 * Every submitted review (drafts never count), with what scoring needs and without
	 * the comments, read as plain documents.
	 * @return the reviews, comments left out
	 */
	List<Review> submittedScores() {
		Query query = Query.query(Criteria.where("status").is(ReviewStatus.SUBMITTED.name()));
		query.fields().include("abstractId", "reviewerId", "scores", "confidence", "recommendation", "submittedAt");
		List<Review> reviews = new ArrayList<>();
		for (Document document : this.mongo.find(query, Document.class, CollectionNames.REVIEWS)) {
			Map<String, Integer> scores = new HashMap<>();
			Document given = document.get("scores", Document.class);
			if (given != null) {
				given.forEach((code, score) -> {
					if (score instanceof Number number) {
						scores.put(code, number.intValue());
					}
				});
			}
			String recommendation = document.getString("recommendation");
			Date submittedAt = document.getDate("submittedAt");
			reviews.add(new Review(null, document.get("abstractId", UUID.class), document.get("reviewerId", UUID.class),
					scores, document.getInteger("confidence"),
					(recommendation != null) ? Recommendation.valueOf(recommendation) : null, null, null,
					ReviewStatus.SUBMITTED, null, (submittedAt != null) ? submittedAt.toInstant() : Instant.EPOCH,
					null));
		}
		return reviews;
	}

	/**
	 * Every submitted review with its comments (for the exports).
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
