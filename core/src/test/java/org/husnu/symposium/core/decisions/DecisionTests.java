package org.husnu.symposium.core.decisions;

import java.time.Instant;
import java.util.UUID;

import org.husnu.symposium.core.DomainRuleException;
import org.husnu.symposium.core.abstracts.AbstractAction;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DecisionTests {

	private final UUID chair = UUID.randomUUID();

	@Test
	void changingAReleasedDecisionHoldsItAgain() {
		Decision released = Decision.held(UUID.randomUUID(), DecisionOutcome.ACCEPT_POSTER, this.chair, Instant.EPOCH)
			.release(Instant.ofEpochSecond(5));
		assertThat(released.state()).isEqualTo(DecisionState.RELEASED);
		Decision changed = released.change(DecisionOutcome.ACCEPT_ORAL, this.chair, Instant.ofEpochSecond(9));
		assertThat(changed.state()).isEqualTo(DecisionState.HELD);
		assertThat(changed.releasedAt()).isNull();
		assertThat(changed.outcome().action()).isEqualTo(AbstractAction.ACCEPT_ORAL);
	}

	@Test
	void releasingTwiceIsRefused() {
		Decision released = Decision.held(UUID.randomUUID(), DecisionOutcome.REJECT, this.chair, Instant.EPOCH)
			.release(Instant.ofEpochSecond(5));
		assertThatExceptionOfType(DomainRuleException.class)
			.isThrownBy(() -> released.release(Instant.ofEpochSecond(6)))
			.withMessageContaining("already released");
	}

}
