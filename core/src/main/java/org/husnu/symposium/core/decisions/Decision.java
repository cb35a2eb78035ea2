package org.husnu.symposium.core.decisions;

import java.time.Instant;
import java.util.UUID;

import org.husnu.symposium.core.DomainRuleException;
import org.husnu.symposium.core.store.CollectionNames;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The chairs' decision on one abstract, keyed by the abstract id (one decision per
 * abstract). Held decisions may change freely; a released one has been mailed to the
 * authors, and changing it holds it again until released anew.
 *
 * @param abstractId the abstract
 * @param outcome accept oral, accept poster or reject
 * @param state held or released
 * @param decidedBy the chair's account id
 * @param decidedAt when the outcome was set
 * @param releasedAt when released, {@code null} while held
 * @param version optimistic-locking version
 */
@Document(collection = CollectionNames.DECISIONS)
public record Decision(@Id UUID abstractId, DecisionOutcome outcome, DecisionState state, UUID decidedBy,
		Instant decidedAt, Instant releasedAt, @Version Long version) {

	public Decision {
		DomainRuleException.require(abstractId != null, "decision.abstract", "A decision names an abstract");
		DomainRuleException.require(outcome != null, "decision.outcome", "A decision needs an outcome");
		DomainRuleException.require(decidedBy != null && decidedAt != null, "decision.by",
				"A decision records who decided and when");
		state = (state != null) ? state : DecisionState.HELD;
		DomainRuleException.require((state == DecisionState.RELEASED) == (releasedAt != null), "decision.released",
				"A released decision, and only a released one, has a release time");
	}

	public static Decision held(UUID abstractId, DecisionOutcome outcome, UUID chair, Instant at) {
		return new Decision(abstractId, outcome, DecisionState.HELD, chair, at, null, null);
	}

	/**
	 * Changes the outcome; the decision is held again until released.
	 * @param outcome the new outcome
	 * @param chair who
	 * @param at when
	 * @return the changed decision
	 */
	public Decision change(DecisionOutcome outcome, UUID chair, Instant at) {
		return new Decision(this.abstractId, outcome, DecisionState.HELD, chair, at, null, this.version);
	}

	/**
	 * Releases a held decision.
	 * @param at when
	 * @return the released decision
	 * @throws DomainRuleException if already released
	 */
	public Decision release(Instant at) {
		DomainRuleException.require(this.state == DecisionState.HELD, "decision.alreadyReleased",
				"This decision was already released on " + this.releasedAt);
		return new Decision(this.abstractId, this.outcome, DecisionState.RELEASED, this.decidedBy, this.decidedAt, at,
				this.version);
	}

}
