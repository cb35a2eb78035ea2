package org.husnu.symposium.review.decisions;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.decisions.Decision;
import org.husnu.symposium.core.decisions.DecisionOutcome;
import org.husnu.symposium.core.decisions.DecisionState;

/**
 * A decision as chairs see it.
 *
 * @param abstractId the abstract's id
 * @param number its number
 * @param title its title
 * @param outcome the outcome
 * @param state held or released
 * @param decidedBy the chair who decided (account id)
 * @param decidedAt when
 * @param releasedAt when released, {@code null} while held
 * @param heldAgain whether this change held a decision that had been released
 * @param notice what a chair should know about this change, {@code null} if nothing
 */
record DecisionView(@JsonProperty("abstract") UUID abstractId, String number, String title, DecisionOutcome outcome,
		DecisionState state, UUID decidedBy, Instant decidedAt, Instant releasedAt, boolean heldAgain, String notice) {

	static final String HELD_AGAIN = "This decision had been released; the change holds it again. The authors no "
			+ "longer see a decision until you release it again, and they get a new mail then.";

	static DecisionView of(Decision decision, AbstractSubmission submission, boolean heldAgain) {
		return new DecisionView(decision.abstractId(), (submission != null) ? submission.number() : null,
				(submission != null) ? submission.title() : null, decision.outcome(), decision.state(),
				decision.decidedBy(), decision.decidedAt(), decision.releasedAt(), heldAgain,
				heldAgain ? HELD_AGAIN : null);
	}

}
