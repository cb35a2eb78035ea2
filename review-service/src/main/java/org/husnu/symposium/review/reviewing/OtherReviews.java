package org.husnu.symposium.review.reviewing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;

import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.access.Actor;
import org.husnu.symposium.core.reviews.Review;
import org.husnu.symposium.core.reviews.ReviewStatus;
import org.husnu.symposium.platform.problems.NotFoundException;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * The other submitted reviews of an abstract, as a reviewer who has submitted theirs may
 * read them when the chairs allow it: numbered "Reviewer n" by first submission (stable),
 * never with names, addresses, ids, drafts or confidential comments. Who may ask is
 * decided by {@link Reviewing#reviewable}, as for the reviewer's own review.
 */
@Service
class OtherReviews {

	private final Reviewing reviewing;

	private final ReviewForms forms;

	private final MongoOperations mongo;

	OtherReviews(Reviewing reviewing, ReviewForms forms, MongoOperations mongo) {
		this.reviewing = reviewing;
		this.forms = forms;
		this.mongo = mongo;
	}

	/**
	 * The other submitted reviews of an abstract, anonymised: only when the chairs allow
	 * it and the actor has submitted their own.
	 * @param actor the reviewer
	 * @param abstractKey the abstract's id or number
	 * @return the others, numbered by first submission
	 * @throws NotFoundException {@code review.others.hidden} or
	 * {@code review.others.notYet} otherwise
	 */
	ReviewViews.Others others(Actor actor, String abstractKey) {
		AbstractSubmission submission = this.reviewing.reviewable(actor, abstractKey);
		if (!this.forms.current().showOtherReviews()) {
			throw new NotFoundException("The chairs chose not to show reviewers each other's reviews").with("code",
					"review.others.hidden");
		}
		Review own = this.reviewing.stored(actor, submission);
		if (own == null || own.status() != ReviewStatus.SUBMITTED) {
			throw new NotFoundException(
					"Submit your own review of " + submission.number() + " first; then you can read the other reviews")
				.with("code", "review.others.notYet");
		}
		List<Review> submitted = this.mongo
			.find(Query
				.query(Criteria.where("abstractId").is(submission.id()).and("status").is(ReviewStatus.SUBMITTED)),
					Review.class)
			.stream()
			.sorted(Comparator.comparing(Review::submittedAt).thenComparing(Review::id))
			.toList();
		int ownNumber = 0;
		List<ReviewViews.Other> others = new ArrayList<>();
		for (int i = 0; i < submitted.size(); i++) {
			Review review = submitted.get(i);
			if (review.reviewerId().equals(actor.accountId())) {
				ownNumber = i + 1;
				continue;
			}
			others.add(new ReviewViews.Other("Reviewer " + (i + 1), i + 1, new LinkedHashMap<>(review.scores()),
					review.confidence(), review.recommendation(), review.commentsToAuthors()));
		}
		return new ReviewViews.Others(ownNumber, others);
	}

}
