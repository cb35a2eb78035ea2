package org.husnu.symposium.submission.abstracts;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.husnu.symposium.core.abstracts.AbstractStatus;
import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.decisions.AuthorComments;
import org.husnu.symposium.core.decisions.Decision;
import org.husnu.symposium.core.decisions.DecisionState;
import org.husnu.symposium.core.decisions.EffectiveStatus;
import org.husnu.symposium.core.reviews.Review;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * What submission-service reads of review-service's decisions: only released ones (a held
 * decision is never even loaded here), and the comments to the authors of the submitted
 * reviews. Read only; review-service writes both. It also gives the status an abstract
 * shows, by {@link EffectiveStatus}, for lists, filters, counts and exports.
 */
@Component
class ReleasedDecisions {

	private static final String ID = "_id";

	private static final String STATE = "state";

	private final MongoOperations mongo;

	ReleasedDecisions(MongoOperations mongo) {
		this.mongo = mongo;
	}

	/**
	 * The released decision on an abstract.
	 * @param abstractId the abstract
	 * @return the decision, empty when there is none or it is held
	 */
	Optional<Decision> of(UUID abstractId) {
		return Optional.ofNullable(this.mongo.findOne(
				Query.query(Criteria.where(ID).is(abstractId).and(STATE).is(DecisionState.RELEASED)), Decision.class));
	}

	/**
	 * The status an abstract shows.
	 * @param submission the abstract as stored
	 * @return its effective status
	 */
	AbstractStatus statusOf(AbstractSubmission submission) {
		return EffectiveStatus.of(submission, of(submission.id()).orElse(null));
	}

	/**
	 * Abstracts as they show: copies carrying the effective status, for lists, filters,
	 * counts and exports. Never saved.
	 * @param submissions abstracts as stored
	 * @return the same abstracts, in the same order, with the status they show
	 */
	List<AbstractSubmission> shown(Collection<AbstractSubmission> submissions) {
		Map<UUID, Decision> released = released(submissions);
		return submissions.stream()
			.map((submission) -> withStatus(submission, EffectiveStatus.of(submission, released.get(submission.id()))))
			.toList();
	}

	/**
	 * The released decisions of some abstracts, in one query.
	 * @param submissions the abstracts
	 * @return abstract id to its released decision; abstracts without one are absent
	 */
	Map<UUID, Decision> released(Collection<AbstractSubmission> submissions) {
		return this.mongo
			.find(Query.query(Criteria.where(ID)
				.in(submissions.stream().map(AbstractSubmission::id).toList())
				.and(STATE)
				.is(DecisionState.RELEASED)), Decision.class)
			.stream()
			.collect(Collectors.toMap(Decision::abstractId, Function.identity()));
	}

	/**
	 * The comments to the authors of the abstract's submitted reviews, anonymised.
	 * @param abstractId the abstract
	 * @return the comments, numbered from 1
	 */
	List<AuthorComments.Comment> commentsToAuthors(UUID abstractId) {
		return AuthorComments
			.of(this.mongo.find(Query.query(Criteria.where("abstractId").is(abstractId)), Review.class));
	}

	private static AbstractSubmission withStatus(AbstractSubmission submission, AbstractStatus status) {
		if (status == submission.status()) {
			return submission;
		}
		return new AbstractSubmission(submission.id(), submission.number(), submission.submitterId(),
				submission.title(), submission.authors(), submission.primaryTopic(), submission.secondaryTopics(),
				submission.keywords(), submission.presentation(), submission.studentPresenter(), submission.text(),
				status, submission.createdAt(), submission.updatedAt(), submission.submittedAt(),
				submission.pdfVersions(), submission.declaredConflicts(), submission.version());
	}

}
