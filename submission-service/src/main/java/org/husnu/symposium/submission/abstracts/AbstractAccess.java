package org.husnu.symposium.submission.abstracts;

import java.time.Clock;
import java.time.format.DateTimeFormatter;

import org.husnu.symposium.core.abstracts.AbstractAction;
import org.husnu.symposium.core.abstracts.AbstractLifecycle;
import org.husnu.symposium.core.abstracts.AbstractStatus;
import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.access.AccessPolicy;
import org.husnu.symposium.core.access.Actor;
import org.husnu.symposium.core.decisions.EffectiveStatus;
import org.husnu.symposium.core.event.DeadlinePassedException;
import org.husnu.symposium.core.event.EventSettings;
import org.husnu.symposium.platform.accounts.AccountDirectory;
import org.husnu.symposium.platform.problems.ConflictException;
import org.husnu.symposium.platform.problems.NotFoundException;
import org.husnu.symposium.platform.referencedata.ReferenceData;

import org.springframework.stereotype.Component;

/**
 * Applies {@link AccessPolicy} to abstracts with the data its rules need: the stored
 * abstract, a reviewer's assignment and conflicts, the deadline on the server's clock.
 * The rules themselves are {@link AccessPolicy}'s; this class only gathers their inputs
 * and turns a refusal into the answer the API gives. An abstract another person may not
 * see answers exactly like one that does not exist, so ids and numbers cannot be probed.
 */
@Component
class AbstractAccess {

	private static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final AbstractStore store;

	private final ReviewerAssignments assignments;

	private final AccountDirectory accounts;

	private final ReferenceData referenceData;

	private final Clock clock;

	private final ReleasedDecisions decisions;

	AbstractAccess(AbstractStore store, ReviewerAssignments assignments, AccountDirectory accounts,
			ReferenceData referenceData, Clock clock, ReleasedDecisions decisions) {
		this.decisions = decisions;
		this.store = store;
		this.assignments = assignments;
		this.accounts = accounts;
		this.referenceData = referenceData;
		this.clock = clock;
	}

	/**
	 * Finds an abstract the actor may see.
	 * @param actor who asks
	 * @param idOrNumber a UUID or a number such as {@code A-007}
	 * @return the abstract
	 * @throws NotFoundException when it does not exist or the actor may not see it
	 */
	AbstractSubmission find(Actor actor, String idOrNumber) {
		return this.store.findByIdOrNumber(idOrNumber)
			.filter((found) -> maySee(actor, found))
			.orElseThrow(() -> new NotFoundException("No abstract " + idOrNumber + " that you may see"));
	}

	/**
	 * Whether the actor may see an abstract: own, chair, or assigned and not conflicted.
	 * A reviewer's conflicts are judged on the data as it is now (their account, the
	 * current authors, the institution policy) plus the stored ones, so no recompute step
	 * stands between an edit and its effect.
	 * @param actor who asks
	 * @param submission the abstract
	 * @return {@code true} if visible
	 */
	boolean maySee(Actor actor, AbstractSubmission submission) {
		if (AccessPolicy.maySeeAbstract(actor, submission, false, false)) {
			return true;
		}
		if (!AccessPolicy.mayReviewAbstracts(actor)
				|| !this.assignments.isAssigned(actor.accountId(), submission.id())) {
			return false;
		}
		return AccessPolicy.maySeeAbstract(actor, this.accounts.findById(actor.accountId()).orElse(null), submission,
				true, this.referenceData.eventSettings().institutionPolicy(),
				this.assignments.storedConflicts(actor.accountId(), submission.id()));
	}

	/**
	 * Checks that the actor may create an abstract now.
	 * @param actor who creates it
	 * @param settings the event settings
	 */
	void requireCreate(Actor actor, EventSettings settings) {
		AccessPolicy.requireCreateAbstract(actor,
				AccessPolicy.mayChangeAnyAbstract(actor) || this.accounts.eligibilityOf(actor.email()).eligible());
		requireOpen(actor, settings, "create abstracts");
	}

	/**
	 * Checks that the actor may change an abstract now: its status is not final (and
	 * still open to authors, unless the actor is a chair), the actor is its submitter or
	 * a chair, and the deadline has not passed for them.
	 * @param actor who changes it
	 * @param submission the abstract as loaded
	 * @param what what they want to do, for the message ("upload a PDF")
	 */
	void requireChange(Actor actor, AbstractSubmission submission, String what) {
		boolean chair = AccessPolicy.mayChangeAnyAbstract(actor);
		AbstractStatus shown = this.decisions.statusOf(submission);
		if (EffectiveStatus.isDecided(shown) && !chair) {
			throw decided(submission, shown, what);
		}
		if (shown == AbstractStatus.WITHDRAWN || (!shown.isEditableByAuthors() && !chair)) {
			throw new ConflictException(
					submission.number() + " is " + statusName(shown) + ", so you cannot " + what + " any more");
		}
		AccessPolicy.requireSubmitterOrChair(actor, submission);
		requireOpen(actor, this.referenceData.eventSettings(), what);
	}

	/**
	 * Checks that the actor may withdraw an abstract: its submitter or a chair, at any
	 * time; whether its status allows it is the lifecycle's rule.
	 * @param actor who withdraws it
	 * @param submission the abstract
	 */
	void requireWithdraw(Actor actor, AbstractSubmission submission) {
		AccessPolicy.requireWithdrawAbstract(actor, submission);
		AbstractStatus shown = this.decisions.statusOf(submission);
		if (EffectiveStatus.isDecided(shown) && !AccessPolicy.mayChangeAnyAbstract(actor)) {
			throw decided(submission, shown, "withdraw it");
		}
		// otherwise the stored status is the shown one, and the lifecycle refuses what it
		// must
		if (EffectiveStatus.isDecided(shown)
				&& !AbstractLifecycle.allowedActions(shown).contains(AbstractAction.WITHDRAW)) {
			throw (ConflictException) new ConflictException(
					submission.number() + " is " + statusName(shown) + ", so it cannot be withdrawn")
				.with("code", "abstract.notWithdrawable");
		}
	}

	/**
	 * What the actor may do with an abstract now: what {@link #requireChange} and
	 * {@link #requireWithdraw} would allow.
	 * @param actor who asks
	 * @param submission the abstract
	 * @param shown the status it shows ({@code EffectiveStatus})
	 * @return edit, submit and withdraw permissions
	 */
	AbstractView.Permissions permissions(Actor actor, AbstractSubmission submission, AbstractStatus shown) {
		boolean decidedForAuthors = EffectiveStatus.isDecided(shown) && !AccessPolicy.mayChangeAnyAbstract(actor);
		boolean edit = shown != AbstractStatus.WITHDRAWN && !decidedForAuthors
				&& AccessPolicy.mayChangeAbstract(actor, submission, authorsMayEdit(submission));
		boolean submit = edit && shown == AbstractStatus.DRAFT;
		boolean withdraw = AccessPolicy.mayWithdrawAbstract(actor, submission) && !decidedForAuthors
				&& AbstractLifecycle.allowedActions(shown).contains(AbstractAction.WITHDRAW);
		return new AbstractView.Permissions(edit, submit, withdraw);
	}

	/**
	 * Whether the deadline and the status still let authors change an abstract.
	 * @param submission the abstract
	 * @return {@code true} before the deadline (plus grace) for drafts and submissions
	 */
	boolean authorsMayEdit(AbstractSubmission submission) {
		return submission.status().isEditableByAuthors()
				&& this.referenceData.eventSettings().acceptsSubmissionsAt(this.clock.instant());
	}

	private void requireOpen(Actor actor, EventSettings settings, String what) {
		if (!AccessPolicy.mayChangeAnyAbstract(actor) && !settings.acceptsSubmissionsAt(this.clock.instant())) {
			String deadline = DEADLINE.format(settings.submissionDeadline().in(settings.zone()));
			throw new DeadlinePassedException("The submission deadline (" + deadline + " " + settings.timeZone()
					+ ") has passed, so you cannot " + what + "; abstracts stay readable. Write to the chairs if "
					+ "something must still be fixed.");
		}
	}

	private static ConflictException decided(AbstractSubmission submission, AbstractStatus shown, String what) {
		return (ConflictException) new ConflictException("The decision on " + submission.number() + " ("
				+ statusName(shown) + ") has been released, so you cannot " + what
				+ " any more; write to the program chairs if something must change")
			.with("code", "abstract.decisionReleased");
	}

	private static String statusName(AbstractStatus status) {
		return status.name().toLowerCase().replace('_', ' ');
	}

}
