package org.husnu.symposium.core.reviewers;

import java.util.UUID;

import org.husnu.symposium.core.DomainRuleException;
import org.husnu.symposium.test.fixtures.ReviewerFixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ReviewerProfileTests {

	@Test
	void usesTheEventDefaultLoadUnlessTheReviewerSetsOne() {
		UUID id = UUID.randomUUID();
		assertThat(ReviewerFixtures.profile(id).build().loadCap(8)).isEqualTo(8);
		assertThat(ReviewerFixtures.profile(id).withMaxAssignments(3).build().loadCap(8)).isEqualTo(3);
		assertThat(ReviewerFixtures.profile(id).withMaxAssignments(3).unavailable().build().loadCap(8)).isZero();
	}

	@Test
	void rejectsLoadCapOutOfRange() {
		assertThatExceptionOfType(DomainRuleException.class)
			.isThrownBy(() -> ReviewerFixtures.profile(UUID.randomUUID())
				.withMaxAssignments(ReviewerProfile.MAX_LOAD + 1)
				.build())
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("reviewer.load"));
	}

	@Test
	void holdsTheExpertiseOfEachTopic() {
		ReviewerProfile profile = ReviewerFixtures.profile(UUID.randomUUID())
			.withExpertise("GENOME_MEDICINE", Expertise.EXPERT)
			.withExpertise("DEMENTIA_CARE", Expertise.FAMILIAR)
			.build();
		assertThat(profile.expertise()).containsEntry("GENOME_MEDICINE", Expertise.EXPERT)
			.containsEntry("DEMENTIA_CARE", Expertise.FAMILIAR)
			.hasSize(2);
	}

}
