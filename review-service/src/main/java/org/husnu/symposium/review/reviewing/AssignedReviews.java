package org.husnu.symposium.review.reviewing;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.husnu.symposium.core.abstracts.AbstractStatus;
import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.access.AccessPolicy;
import org.husnu.symposium.core.access.Actor;
import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.assignment.Assignment;
import org.husnu.symposium.core.conflicts.Conflict;
import org.husnu.symposium.core.event.EventSettings;
import org.husnu.symposium.core.reviews.Review;
import org.husnu.symposium.platform.accounts.AccountDirectory;
import org.husnu.symposium.platform.referencedata.ReferenceData;
import org.husnu.symposium.review.conflicts.ConflictStore;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * A reviewer's list of abstracts to review ({@code /reviews}, {@code GET
 * /api/reviews/assigned}): the submitted abstracts assigned to them that they may review
 * now, judged by {@link AccessPolicy#mayReview} as {@link Reviewing} judges each review,
 * with where each review stands. Reads only, in four queries whatever the number of
 * assignments.
 */
@Service
class AssignedReviews {

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

	private final MongoOperations mongo;

	private final ConflictStore conflicts;

	private final AccountDirectory accounts;

	private final ReferenceData referenceData;

	AssignedReviews(MongoOperations mongo, ConflictStore conflicts, AccountDirectory accounts,
			ReferenceData referenceData) {
		this.mongo = mongo;
		this.conflicts = conflicts;
		this.accounts = accounts;
		this.referenceData = referenceData;
	}

	/**
	 * The abstracts the actor reviews now (assigned, not conflicted), by number.
	 * @param actor the reviewer
	 * @return the assignments with where each review stands
	 */
	List<ReviewViews.Assigned> assigned(Actor actor) {
		AccessPolicy.requireListOwnReviews(actor);
		Account account = this.accounts.findById(actor.accountId()).orElse(null);
		List<Assignment> assignments = this.mongo.find(Query.query(Criteria.where("reviewerId").is(actor.accountId())),
				Assignment.class);
		if (assignments.isEmpty() || account == null) {
			return List.of();
		}
		List<UUID> ids = assignments.stream().map(Assignment::abstractId).toList();
		List<AbstractSubmission> submissions = this.mongo.find(
				Query.query(Criteria.where("_id").in(ids).and("status").is(AbstractStatus.SUBMITTED)),
				AbstractSubmission.class);
		Map<String, Review> reviews = this.mongo
			.find(Query.query(Criteria.where("reviewerId").is(actor.accountId())), Review.class)
			.stream()
			.collect(Collectors.toMap(Review::id, Function.identity()));
		List<Conflict> conflicts = this.conflicts.ofReviewer(actor.accountId());
		EventSettings settings = this.referenceData.eventSettings();
		List<ReviewViews.Assigned> views = new ArrayList<>();
		for (AbstractSubmission submission : submissions) {
			if (!AccessPolicy.mayReview(actor, account, submission, true, settings.institutionPolicy(),
					Reviewing.ofAbstract(conflicts, submission))) {
				continue;
			}
			Review review = reviews.get(Review.idFor(actor.accountId(), submission.id()));
			List<String> topics = new ArrayList<>();
			topics.add(submission.primaryTopic());
			topics.addAll(submission.secondaryTopics());
			views.add(new ReviewViews.Assigned(submission.id(), submission.number(), submission.title(),
					submission.primaryTopic(), topics, ReviewProgress.of(review), settings.reviewDeadline().at(),
					settings.reviewDeadline().in(settings.zone()).format(LOCAL), settings.timeZone(),
					(review != null) ? review.updatedAt() : null));
		}
		views.sort(Comparator.comparing(ReviewViews.Assigned::number));
		return views;
	}

}
