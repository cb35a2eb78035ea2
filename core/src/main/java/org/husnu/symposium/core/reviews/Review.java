package org.husnu.symposium.core.reviews;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.husnu.symposium.core.DomainRuleException;
import org.husnu.symposium.core.store.CollectionNames;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One reviewer's review of one abstract. Comments to authors may be shown to them after
 * decisions are released; confidential comments are for the chairs only.
 *
 * @param id {@code reviewerId:abstractId}, so a reviewer has one review per abstract
 * @param abstractId the abstract
 * @param reviewerId the reviewer's account id
 * @param scores criterion code to score
 * @param confidence confidence on the form's scale, {@code null} in a draft
 * @param recommendation recommendation, {@code null} in a draft
 * @param commentsToAuthors comments the authors may read
 * @param confidentialComments comments for the chairs only
 * @param status draft or submitted
 * @param updatedAt last change
 * @param submittedAt when submitted, {@code null} for drafts
 * @param version optimistic-locking version
 */
@Document(collection = CollectionNames.REVIEWS)
public record Review(@Id String id, UUID abstractId, UUID reviewerId, Map<String, Integer> scores, Integer confidence,
		Recommendation recommendation, String commentsToAuthors, String confidentialComments, ReviewStatus status,
		Instant updatedAt, Instant submittedAt, @Version Long version) {

	public Review {
		DomainRuleException.require(reviewerId != null && abstractId != null, "review.pair",
				"A review names a reviewer and an abstract");
		id = idFor(reviewerId, abstractId);
		scores = Map.copyOf((scores != null) ? scores : Map.of());
		status = (status != null) ? status : ReviewStatus.DRAFT;
		DomainRuleException.require(status == ReviewStatus.DRAFT || submittedAt != null, "review.submittedAt",
				"A submitted review needs its submission time");
	}

	public static String idFor(UUID reviewerId, UUID abstractId) {
		return reviewerId + ":" + abstractId;
	}

	/**
	 * Submits this review after checking it is complete on the given form.
	 * @param form the review form in force
	 * @param at when
	 * @return the submitted review
	 * @throws DomainRuleException listing everything still missing or out of scale
	 */
	public Review submit(ReviewForm form, Instant at) {
		List<String> problems = new ArrayList<>(form.problemsWith(this.scores, true));
		if (this.confidence == null || !form.acceptsConfidence(this.confidence)) {
			problems.add("Give a confidence from " + form.confidenceMin() + " to " + form.confidenceMax());
		}
		if (this.recommendation == null) {
			problems.add("Give a recommendation");
		}
		DomainRuleException.require(problems.isEmpty(), "review.incomplete",
				"The review cannot be submitted yet: " + String.join("; ", problems));
		return new Review(this.id, this.abstractId, this.reviewerId, this.scores, this.confidence, this.recommendation,
				this.commentsToAuthors, this.confidentialComments, ReviewStatus.SUBMITTED, at,
				(this.submittedAt != null) ? this.submittedAt : at, this.version);
	}

}
