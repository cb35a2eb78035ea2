package org.husnu.symposium.core.decisions;

import java.time.Instant;
import java.util.UUID;

import org.husnu.symposium.core.abstracts.AbstractStatus;
import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.test.fixtures.AbstractFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

class EffectiveStatusTests {

	private static final Instant AT = Instant.parse("2027-02-20T03:00:00Z");

	private static final UUID CHAIR = UUID.randomUUID();

	private final AbstractSubmission submitted = AbstractFixtures.submitted().build();

	@Test
	void aReleasedDecisionShowsItsOutcome() {
		assertThat(EffectiveStatus.of(this.submitted, released(DecisionOutcome.ACCEPT_ORAL)))
			.isEqualTo(AbstractStatus.ACCEPTED_ORAL);
		assertThat(EffectiveStatus.of(this.submitted, released(DecisionOutcome.ACCEPT_POSTER)))
			.isEqualTo(AbstractStatus.ACCEPTED_POSTER);
		assertThat(EffectiveStatus.of(this.submitted, released(DecisionOutcome.REJECT)))
			.isEqualTo(AbstractStatus.REJECTED);
	}

	@ParameterizedTest
	@EnumSource(DecisionOutcome.class)
	void aHeldDecisionNeverShows(DecisionOutcome outcome) {
		assertThat(EffectiveStatus.of(this.submitted, Decision.held(this.submitted.id(), outcome, CHAIR, AT)))
			.isEqualTo(AbstractStatus.SUBMITTED);
	}

	@Test
	void aReleasedDecisionChangedAgainShowsNoDecision() {
		Decision heldAgain = released(DecisionOutcome.ACCEPT_ORAL).change(DecisionOutcome.REJECT, CHAIR, AT);
		assertThat(EffectiveStatus.of(this.submitted, heldAgain)).isEqualTo(AbstractStatus.SUBMITTED);
	}

	@Test
	void withoutAReleasedDecisionADecidedStatusIsBackUnderReview() {
		AbstractSubmission decided = AbstractFixtures.from(this.submitted)
			.withStatus(AbstractStatus.ACCEPTED_ORAL)
			.build();
		assertThat(EffectiveStatus.of(decided, null)).isEqualTo(AbstractStatus.UNDER_REVIEW);
	}

	@Test
	void aWithdrawnOrDraftAbstractShowsAsSuchWhateverWasDecided() {
		AbstractSubmission withdrawn = AbstractFixtures.from(this.submitted)
			.withStatus(AbstractStatus.WITHDRAWN)
			.build();
		assertThat(EffectiveStatus.of(withdrawn, released(DecisionOutcome.ACCEPT_ORAL)))
			.isEqualTo(AbstractStatus.WITHDRAWN);
		AbstractSubmission draft = AbstractFixtures.draft().withId(this.submitted.id()).build();
		assertThat(EffectiveStatus.of(draft, released(DecisionOutcome.ACCEPT_ORAL))).isEqualTo(AbstractStatus.DRAFT);
		assertThat(EffectiveStatus.isDecidable(AbstractStatus.WITHDRAWN)).isFalse();
		assertThat(EffectiveStatus.isDecidable(AbstractStatus.DRAFT)).isFalse();
		assertThat(EffectiveStatus.isDecidable(AbstractStatus.SUBMITTED)).isTrue();
	}

	@Test
	void anotherAbstractsDecisionDoesNotCount() {
		Decision other = Decision.held(UUID.randomUUID(), DecisionOutcome.REJECT, CHAIR, AT).release(AT);
		assertThat(EffectiveStatus.of(this.submitted, other)).isEqualTo(AbstractStatus.SUBMITTED);
	}

	private Decision released(DecisionOutcome outcome) {
		return Decision.held(this.submitted.id(), outcome, CHAIR, AT).release(AT);
	}

}
