package org.husnu.symposium.core.decisions;

import org.husnu.symposium.core.abstracts.AbstractLifecycle;
import org.husnu.symposium.core.abstracts.AbstractStatus;
import org.husnu.symposium.core.abstracts.AbstractSubmission;

/**
 * The one definition of the status an abstract shows, on both services and in every list,
 * filter and export: {@code abstracts} (written by submission-service) keeps the authors'
 * part of the lifecycle, {@code decisions} (written by review-service) the chairs' part,
 * and this function joins them. A held decision never shows; a released one shows its
 * outcome; a draft or withdrawn abstract shows as such whatever was decided.
 */
public final class EffectiveStatus {

	private EffectiveStatus() {
	}

	/**
	 * The status shown for an abstract.
	 * @param submission the abstract as stored
	 * @param decision its decision, or {@code null}; only a released decision of this
	 * abstract counts
	 * @return the status to show and filter by
	 */
	public static AbstractStatus of(AbstractSubmission submission, Decision decision) {
		AbstractStatus stored = submission.status();
		if (stored == AbstractStatus.DRAFT || stored == AbstractStatus.WITHDRAWN) {
			return stored;
		}
		if (decision != null && decision.state() == DecisionState.RELEASED
				&& decision.abstractId().equals(submission.id())) {
			return shown(decision.outcome());
		}
		// a decided status is only ever the effect of a released decision: without one
		// the
		// abstract is back under review
		return isDecided(stored) ? AbstractStatus.UNDER_REVIEW : stored;
	}

	/**
	 * The status a released outcome shows as, by the lifecycle's own transition.
	 * @param outcome the outcome
	 * @return accepted oral, accepted poster or rejected
	 */
	public static AbstractStatus shown(DecisionOutcome outcome) {
		return AbstractLifecycle.next(AbstractStatus.UNDER_REVIEW, outcome.action());
	}

	/**
	 * Whether a status is the effect of a released decision.
	 * @param status a status
	 * @return {@code true} for accepted oral, accepted poster and rejected
	 */
	public static boolean isDecided(AbstractStatus status) {
		return status == AbstractStatus.ACCEPTED_ORAL || status == AbstractStatus.ACCEPTED_POSTER
				|| status == AbstractStatus.REJECTED;
	}

	/**
	 * Whether the chairs may decide on an abstract in this stored status: submitted (or
	 * under review), never a draft or a withdrawn abstract.
	 * @param stored the stored status
	 * @return {@code true} if decidable
	 */
	public static boolean isDecidable(AbstractStatus stored) {
		return stored != AbstractStatus.DRAFT && stored != AbstractStatus.WITHDRAWN;
	}

}
