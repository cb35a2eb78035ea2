package org.husnu.symposium.review.reviewing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.husnu.symposium.core.access.AccessPolicy;
import org.husnu.symposium.core.access.Actor;
import org.husnu.symposium.core.i18n.LocalizedText;
import org.husnu.symposium.core.reviews.Criterion;
import org.husnu.symposium.core.reviews.FormChange;
import org.husnu.symposium.core.reviews.Review;
import org.husnu.symposium.core.reviews.ReviewForm;
import org.husnu.symposium.core.reviews.ReviewStatus;
import org.husnu.symposium.platform.audit.AuditLog;
import org.husnu.symposium.platform.problems.ConflictException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * The review form in force and its history. The form lives in {@code review_forms} under
 * {@link ReviewForm#CURRENT}; before a change replaces it, the form as it was is kept in
 * the same collection as {@code revision-<version>}, so a criterion the chairs removed
 * stays readable (with its labels) on the reviews that scored it. Changes that leave
 * submitted scores outside the new form are refused until the chairs confirm; every
 * change is audited with the list of what changed.
 */
@Service
class ReviewForms {

	static final String REVISION_PREFIX = "revision-";

	private final MongoOperations mongo;

	private final AuditLog audit;

	ReviewForms(MongoOperations mongo, AuditLog audit) {
		this.mongo = mongo;
		this.audit = audit;
	}

	/**
	 * The form in force: the stored one, or the default form of a new event.
	 * @return the form
	 */
	ReviewForm current() {
		return Optional.ofNullable(this.mongo.findById(ReviewForm.CURRENT, ReviewForm.class))
			.orElseGet(ReviewForm::defaultForm);
	}

	/**
	 * The form for a reviewer or chair to read.
	 * @param actor who asks
	 * @return the form in force
	 */
	ReviewForm read(Actor actor) {
		AccessPolicy.requireSeeReviewForm(actor);
		return current();
	}

	/**
	 * What saving a form would change, without saving it.
	 * @param actor the chair
	 * @param next the form to save
	 * @return the changes against the form in force
	 */
	List<FormChange> preview(Actor actor, ReviewForm next) {
		AccessPolicy.requireConfigureReviewForm(actor);
		return FormChange.between(current(), next, submittedReviews());
	}

	/**
	 * Replaces the form in force.
	 * @param actor the chair
	 * @param next the new form (its id and version are ignored)
	 * @param version the version of the form the chair edited, {@code null} for the
	 * default form that was never saved
	 * @param confirmed whether the chair confirmed changes that leave submitted scores
	 * outside the new form
	 * @return the saved form and what changed
	 * @throws ConflictException {@code form.conflict} when the form changed meanwhile,
	 * {@code form.confirmRequired} (with {@code changes}) when confirmation is needed
	 */
	Saved update(Actor actor, ReviewForm next, Long version, boolean confirmed) {
		AccessPolicy.requireConfigureReviewForm(actor);
		ReviewForm stored = this.mongo.findById(ReviewForm.CURRENT, ReviewForm.class);
		ReviewForm before = (stored != null) ? stored : ReviewForm.defaultForm();
		if (!Objects.equals(before.version(), version)) {
			throw ReviewProblems.formConflict();
		}
		List<FormChange> changes = FormChange.between(before, next, submittedReviews());
		if (changes.isEmpty()) {
			return new Saved(before, changes);
		}
		List<FormChange> invalidating = changes.stream().filter(FormChange::invalidates).toList();
		if (!invalidating.isEmpty() && !confirmed) {
			throw new ConflictException("This change leaves submitted scores outside the form: "
					+ String.join("; ", invalidating.stream().map(FormChange::text).toList())
					+ ". Check the changes and save again with confirm=true if you mean it")
				.with("code", "form.confirmRequired")
				.with("changes", changes.stream().map(ChangeView::of).toList());
		}
		keepRevision(before);
		ReviewForm saved;
		try {
			saved = this.mongo.save(new ReviewForm(ReviewForm.CURRENT, next.criteria(), next.confidenceMin(),
					next.confidenceMax(), next.showOtherReviews(), next.disagreementThreshold(),
					(stored != null) ? stored.version() : null));
		}
		catch (OptimisticLockingFailureException | DuplicateKeyException ex) {
			throw ReviewProblems.formConflict();
		}
		Map<String, String> details = new HashMap<>(FormChange.forAudit(changes));
		details.put("confirmed", Boolean.toString(confirmed && !invalidating.isEmpty()));
		this.audit.record(actor, "reviewForm.changed", ReviewForm.CURRENT, details);
		return new Saved(saved, changes);
	}

	/**
	 * The label of a criterion that is no longer on the form, from the newest revision
	 * that has it.
	 * @param code the criterion code
	 * @return its label, empty when no revision knows it
	 */
	Optional<LocalizedText> retiredLabel(String code) {
		List<ReviewForm> revisions = this.mongo
			.find(Query.query(Criteria.where("_id").regex("^" + Pattern.quote(REVISION_PREFIX))), ReviewForm.class);
		return revisions.stream()
			.sorted((a, b) -> b.id().compareTo(a.id()))
			.map((form) -> form.criterion(code))
			.flatMap(Optional::stream)
			.map(Criterion::label)
			.findFirst()
			.or(() -> ReviewForm.defaultForm().criterion(code).map(Criterion::label));
	}

	private void keepRevision(ReviewForm before) {
		String id = REVISION_PREFIX + String.format("%06d", (before.version() != null) ? before.version() + 1 : 0);
		try {
			this.mongo.insert(new ReviewForm(id, before.criteria(), before.confidenceMin(), before.confidenceMax(),
					before.showOtherReviews(), before.disagreementThreshold(), null));
		}
		catch (DuplicateKeyException ex) {
			// kept by an earlier attempt of the same change
		}
	}

	private List<Review> submittedReviews() {
		return this.mongo.find(Query.query(Criteria.where("status").is(ReviewStatus.SUBMITTED)), Review.class);
	}

	/**
	 * A saved form and what changed.
	 *
	 * @param form the form now in force
	 * @param changes the changes, empty when the form was saved unchanged
	 */
	record Saved(ReviewForm form, List<FormChange> changes) {
	}

	/**
	 * A change as the API and the pages show it.
	 *
	 * @param kind what kind of change
	 * @param criterion the criterion code, {@code null} for the whole form
	 * @param before the value before
	 * @param after the value after
	 * @param reviews how many submitted reviews it touches
	 * @param invalidates whether it leaves submitted scores outside the form
	 * @param text the change in plain English
	 */
	record ChangeView(FormChange.Kind kind, String criterion, String before, String after, int reviews,
			boolean invalidates, String text) {

		static ChangeView of(FormChange change) {
			return new ChangeView(change.kind(), change.criterion(), change.before(), change.after(), change.reviews(),
					change.invalidates(), change.text());
		}

	}

}
