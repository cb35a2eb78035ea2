package org.husnu.symposium.core.reviewers;

import java.util.UUID;

import org.husnu.symposium.core.DomainRuleException;
import org.husnu.symposium.test.fixtures.ReviewerFixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ReviewerProfileTests {

	@Test
	void keepsTrimmedDistinctKeywordsAndNormalisedAddress() {
		ReviewerProfile profile = ReviewerFixtures.profile(UUID.randomUUID())
			.withEmail(" Kim@SNU.ac.kr ")
			.withKeywords(" genomics ", "genomics", "", "ゲノム")
			.build();
		assertThat(profile.email()).isEqualTo("kim@snu.ac.kr");
		assertThat(profile.keywords()).containsExactly("genomics", "ゲノム");
	}

	@Test
	void rejectsTooManyKeywordsAndTooLongStatement() {
		String[] many = new String[ReviewerProfile.MAX_KEYWORDS + 1];
		for (int i = 0; i < many.length; i++) {
			many[i] = "k" + i;
		}
		assertThatExceptionOfType(DomainRuleException.class)
			.isThrownBy(() -> ReviewerFixtures.profile(UUID.randomUUID()).withKeywords(many).build())
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("reviewer.keywords"));
		assertThatExceptionOfType(DomainRuleException.class)
			.isThrownBy(() -> ReviewerFixtures.profile(UUID.randomUUID())
				.withStatement("x".repeat(ReviewerProfile.MAX_STATEMENT + 1))
				.build())
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("reviewer.statement"));
	}

	@Test
	void readsExpertiseLevelsZeroToThreeOnly() {
		assertThat(Expertise.ofLevel(3)).isEqualTo(Expertise.EXPERT);
		assertThat(Expertise.ofLevel(0)).isEqualTo(Expertise.NONE);
		assertThatExceptionOfType(DomainRuleException.class).isThrownBy(() -> Expertise.ofLevel(4))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("reviewer.expertise"));
	}

	@Test
	void rejectsLoadCapOutOfRange() {
		assertThatExceptionOfType(DomainRuleException.class)
			.isThrownBy(
					() -> ReviewerFixtures.profile(UUID.randomUUID()).withMaxLoad(ReviewerProfile.MAX_LOAD + 1).build())
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
