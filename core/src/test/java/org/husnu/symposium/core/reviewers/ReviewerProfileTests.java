package org.husnu.symposium.core.reviewers;

import java.util.Map;
import java.util.UUID;

import org.husnu.symposium.core.DomainRuleException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ReviewerProfileTests {

	@Test
	void usesTheEventDefaultLoadUnlessTheReviewerSetsOne() {
		UUID id = UUID.randomUUID();
		assertThat(new ReviewerProfile(id, Map.of(), 0, true, null).loadCap(8)).isEqualTo(8);
		assertThat(new ReviewerProfile(id, Map.of(), 3, true, null).loadCap(8)).isEqualTo(3);
		assertThat(new ReviewerProfile(id, Map.of(), 3, false, null).loadCap(8)).isZero();
	}

	@Test
	void rejectsLoadCapOutOfRange() {
		assertThatExceptionOfType(DomainRuleException.class)
			.isThrownBy(
					() -> new ReviewerProfile(UUID.randomUUID(), Map.of(), ReviewerProfile.MAX_LOAD + 1, true, null))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("reviewer.load"));
	}

}
