package org.husnu.symposium.review.reviewing;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.husnu.symposium.core.DomainRuleException;
import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.access.AccessPolicy;
import org.husnu.symposium.core.access.Actor;
import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.assignment.Assignment;
import org.husnu.symposium.core.conflicts.Conflict;
import org.husnu.symposium.core.event.EventSettings;
import org.husnu.symposium.core.i18n.LocalizedText;
import org.husnu.symposium.core.reviews.Review;
import org.husnu.symposium.core.reviews.ReviewForm;
import org.husnu.symposium.core.reviews.ReviewStatus;
import org.husnu.symposium.platform.accounts.AccountDirectory;
import org.husnu.symposium.platform.audit.AuditLog;
import org.husnu.symposium.platform.referencedata.ReferenceData;
import org.husnu.symposium.review.conflicts.ConflictStore;
import org.husnu.symposium.review.conflicts.SubmittedAbstracts;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * A reviewer's own reviews: which abstracts are theirs to review, drafting, submitting
 * and editing until the review deadline, and the other reviews once theirs is in. Access
 * is judged on every call by {@link AccessPolicy#mayReview} (assigned, no standing
 * conflict), and whoever may not review an abstract gets the answer for one that does not
 * exist, with nothing written. Concurrent saves are caught by the review's
 * {@code @Version}: the store refuses a stale write, so two instances of the service are
 * safe too.
 *
 * <p>
 * Over 300 lines because every entry point goes through the same three checks in the same
 * order (may this actor review this abstract now, is the deadline open, is the version
 * current) and writes the same document; kept together, no path can skip one. The views
 * it answers with are in {@link ReviewViews}, the form and its history in
 * {@link ReviewForms}.
 */
@Service
public class Reviewing {

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

	private final MongoOperations mongo;

	private final SubmittedAbstracts abstracts;

	private final ConflictStore conflicts;

	private final AccountDirectory accounts;

	private final ReferenceData referenceData;

	private final ReviewForms forms;

	private final AuditLog audit;

	private final Clock clock;

	Reviewing(MongoOperations mongo, SubmittedAbstracts abstracts, ConflictStore conflicts, AccountDirectory accounts,
			ReferenceData referenceData, ReviewForms forms, AuditLog audit, Clock clock) {
		this.mongo = mongo;
		this.abstracts = abstracts;
		this.conflicts = conflicts;
		this.accounts = accounts;
		this.referenceData = referenceData;
		this.forms = forms;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The actor's own review of an abstract, a blank one before the first save.
	 * @param actor the reviewer
	 * @param abstractKey the abstract's id or number
	 * @return the review
	 */
	ReviewViews.Own own(Actor actor, String abstractKey) {
		AbstractSubmission submission = reviewable(actor, abstractKey);
		return view(submission, stored(actor, submission));
	}

	/**
	 * Saves the actor's review: a draft stays a draft (partial scores allowed); a
	 * submitted review stays submitted and must stay complete.
	 * @param actor the reviewer
	 * @param abstractKey the abstract's id or number
	 * @param request the review
	 * @return the saved review
	 */
	ReviewViews.Own save(Actor actor, String abstractKey, ReviewRequest request) {
		AbstractSubmission submission = reviewable(actor, abstractKey);
		requireOpen();
		ReviewForm form = this.forms.current();
		Map<String, Integer> scores = (request.scores() != null) ? request.scores() : Map.of();
		List<String> unknown = scores.keySet().stream().filter((code) -> form.criterion(code).isEmpty()).toList();
		if (!unknown.isEmpty()) {
			throw ReviewProblems.invalid("review.scores.unknown", "The review form has no criterion "
					+ String.join(", ", unknown) + "; GET /api/review-form lists the criteria and their codes");
		}
		if (scores.values().stream().anyMatch(Objects::isNull)) {
			throw ReviewProblems.invalid("review.scores",
					"Leave a criterion out instead of sending it without a score");
		}
		List<String> problems = form.problemsWith(scores, false);
		if (!problems.isEmpty()) {
			throw ReviewProblems.invalid("review.scores", String.join("; ", problems));
		}
		if (request.confidence() != null && !form.acceptsConfidence(request.confidence())) {
			throw ReviewProblems.invalid("review.confidence", "Give a confidence from " + form.confidenceMin() + " to "
					+ form.confidenceMax() + ", not " + request.confidence());
		}
		Review existing = stored(actor, submission);
		requireVersion(existing, request.version());
		Instant now = this.clock.instant();
		Review next = new Review(null, submission.id(), actor.accountId(), scores, request.confidence(),
				request.recommendation(), request.commentsToAuthors(), request.commentsToChairs(), ReviewStatus.DRAFT,
				now, (existing != null) ? existing.submittedAt() : null,
				(existing != null) ? existing.version() : null);
		if (existing != null && existing.status() == ReviewStatus.SUBMITTED) {
			next = resubmit(next, form, now);
		}
		return view(submission, write(next));
	}

	/**
	 * Submits the actor's saved review after checking it is complete.
	 * @param actor the reviewer
	 * @param abstractKey the abstract's id or number
	 * @param version the version read with the review, {@code null} to skip the check
	 * @return the submitted review
	 */
	ReviewViews.Own submit(Actor actor, String abstractKey, Long version) {
		AbstractSubmission submission = reviewable(actor, abstractKey);
		requireOpen();
		Review existing = stored(actor, submission);
		if (existing == null) {
			throw ReviewProblems.invalid("review.incomplete",
					"There is no review to submit yet; save your scores first (PUT /api/reviews/" + submission.number()
							+ ")");
		}
		if (version != null) {
			requireVersion(existing, version);
		}
		boolean first = existing.status() == ReviewStatus.DRAFT && existing.submittedAt() == null;
		Review submitted = write(resubmit(existing, this.forms.current(), this.clock.instant()));
		this.audit.record(actor, (first) ? "review.submitted" : "review.resubmitted", submitted.id(),
				Map.of("abstract", submission.number()));
		return view(submission, submitted);
	}

	/**
	 * Saves the actor's review on top of whatever is stored, and submits it if asked: the
	 * same rules as the API, for code that writes reviews for people (the demo).
	 * @param actor the reviewer
	 * @param abstractKey the abstract's id or number
	 * @param request the review; its version is ignored
	 * @param submit whether to submit it too
	 * @return the review's status now
	 */
	public ReviewStatus write(Actor actor, String abstractKey, ReviewRequest request, boolean submit) {
		AbstractSubmission submission = reviewable(actor, abstractKey);
		Review existing = stored(actor, submission);
		ReviewViews.Own saved = save(actor, abstractKey,
				new ReviewRequest(request.scores(), request.confidence(), request.recommendation(),
						request.commentsToAuthors(), request.commentsToChairs(),
						(existing != null) ? existing.version() : null));
		if (submit && saved.status() != ReviewProgress.SUBMITTED) {
			saved = submit(actor, abstractKey, saved.version());
		}
		return (saved.status() == ReviewProgress.SUBMITTED) ? ReviewStatus.SUBMITTED : ReviewStatus.DRAFT;
	}

	/**
	 * Whether reviews may still change now.
	 * @return {@code true} before the review deadline (server clock)
	 */
	boolean open() {
		return this.referenceData.eventSettings().acceptsReviewsAt(this.clock.instant());
	}

	/**
	 * The abstract the actor may review, or the same 404 as for none.
	 * @param actor the reviewer
	 * @param abstractKey the abstract's id or number
	 * @return the abstract
	 */
	AbstractSubmission reviewable(Actor actor, String abstractKey) {
		AbstractSubmission submission = this.abstracts.find(abstractKey)
			.orElseThrow(() -> ReviewProblems.notFound(abstractKey));
		boolean assigned = this.mongo.exists(
				Query.query(Criteria.where("_id").is(Assignment.idFor(actor.accountId(), submission.id()))),
				Assignment.class);
		Account account = this.accounts.findById(actor.accountId()).orElse(null);
		if (!AccessPolicy.mayReview(actor, account, submission, assigned,
				this.referenceData.eventSettings().institutionPolicy(),
				ofAbstract(this.conflicts.ofReviewer(actor.accountId()), submission))) {
			throw ReviewProblems.notFound(abstractKey);
		}
		return submission;
	}

	private Review resubmit(Review review, ReviewForm form, Instant now) {
		try {
			return review.submit(form, now);
		}
		catch (DomainRuleException ex) {
			throw ReviewProblems.invalid(ex.code(), ex.getMessage());
		}
	}

	private Review write(Review review) {
		try {
			return this.mongo.save(review);
		}
		catch (OptimisticLockingFailureException | DuplicateKeyException ex) {
			throw ReviewProblems.conflict();
		}
	}

	private void requireOpen() {
		EventSettings settings = this.referenceData.eventSettings();
		if (!settings.acceptsReviewsAt(this.clock.instant())) {
			throw ReviewProblems.deadlinePassed(settings.reviewDeadline().in(settings.zone()).format(LOCAL));
		}
	}

	private static void requireVersion(Review existing, Long version) {
		Long stored = (existing != null) ? existing.version() : null;
		if (!Objects.equals(stored, version)) {
			throw ReviewProblems.conflict();
		}
	}

	Review stored(Actor actor, AbstractSubmission submission) {
		return this.mongo.findById(Review.idFor(actor.accountId(), submission.id()), Review.class);
	}

	private ReviewViews.Own view(AbstractSubmission submission, Review review) {
		EventSettings settings = this.referenceData.eventSettings();
		ReviewForm form = this.forms.current();
		List<ReviewViews.Retired> retired = new ArrayList<>();
		Map<String, Integer> scores = new HashMap<>();
		if (review != null) {
			review.scores().forEach((code, score) -> {
				if (form.criterion(code).isPresent()) {
					scores.put(code, score);
				}
				else {
					retired.add(new ReviewViews.Retired(code,
							this.forms.retiredLabel(code).orElse(LocalizedText.of(code, null, null)), score));
				}
			});
		}
		boolean editable = settings.acceptsReviewsAt(this.clock.instant());
		return new ReviewViews.Own(submission.id(), submission.number(), ReviewProgress.of(review), scores,
				(review != null) ? review.confidence() : null, (review != null) ? review.recommendation() : null,
				(review != null) ? review.commentsToAuthors() : null,
				(review != null) ? review.confidentialComments() : null, (review != null) ? review.version() : null,
				(review != null) ? review.updatedAt() : null, (review != null) ? review.submittedAt() : null, editable,
				settings.reviewDeadline().at(), settings.reviewDeadline().in(settings.zone()).format(LOCAL), retired);
	}

	static List<Conflict> ofAbstract(List<Conflict> conflicts, AbstractSubmission submission) {
		return conflicts.stream().filter((conflict) -> conflict.abstractId().equals(submission.id())).toList();
	}

}
