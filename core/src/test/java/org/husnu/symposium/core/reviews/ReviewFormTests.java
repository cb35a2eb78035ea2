package org.husnu.symposium.core.reviews;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.husnu.symposium.core.DomainRuleException;
import org.husnu.symposium.core.i18n.LocalizedText;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

class ReviewFormTests {

	private final ReviewForm form = new ReviewForm(ReviewForm.CURRENT,
			List.of(new Criterion("NOVELTY", LocalizedText.of("Novelty", null, null), 1, 5, 1.0),
					new Criterion("IMPACT", LocalizedText.of("Impact", null, null), 0, 10, 3.0)),
			1, 4, null);

	@Test
	void weightsCriteriaOnTheirOwnScales() {
		assertThat(this.form.weightedScore(Map.of("NOVELTY", 5, "IMPACT", 0))).isCloseTo(0.25, within(1e-9));
		assertThat(this.form.weightedScore(Map.of("NOVELTY", 3, "IMPACT", 10))).isCloseTo(0.875, within(1e-9));
	}

	@Test
	void listsEveryProblemWithScores() {
		assertThat(this.form.problemsWith(Map.of("NOVELTY", 6, "STYLE", 3), true)).containsExactlyInAnyOrder(
				"There is no criterion STYLE on the review form", "Novelty takes a score from 1 to 5, not 6",
				"Score Impact (IMPACT)");
		assertThat(this.form.problemsWith(Map.of("NOVELTY", 2), false)).isEmpty();
	}

	@Test
	void rejectsDuplicateCriteriaAndBadScales() {
		Criterion novelty = new Criterion("NOVELTY", LocalizedText.of("Novelty", null, null), 1, 5, 1.0);
		assertThatExceptionOfType(DomainRuleException.class)
			.isThrownBy(() -> new ReviewForm("f", List.of(novelty, novelty), 1, 4, null))
			.withMessageContaining("appears twice");
		assertThatExceptionOfType(DomainRuleException.class)
			.isThrownBy(() -> new Criterion("NOVELTY", LocalizedText.of("Novelty", null, null), 5, 5, 1.0));
		assertThatExceptionOfType(DomainRuleException.class)
			.isThrownBy(() -> new Criterion("NOVELTY", LocalizedText.of("Novelty", null, null), 1, 5, 0));
	}

	@Test
	void submitsOnlyCompleteReviews() {
		UUID reviewer = UUID.randomUUID();
		UUID abstractId = UUID.randomUUID();
		Review draft = new Review(null, abstractId, reviewer, Map.of("NOVELTY", 4), null, null, "Nice", null, null,
				Instant.EPOCH, null, null);
		assertThat(draft.id()).isEqualTo(reviewer + ":" + abstractId);
		assertThatExceptionOfType(DomainRuleException.class).isThrownBy(() -> draft.submit(this.form, Instant.EPOCH))
			.withMessageContaining("Score Impact")
			.withMessageContaining("confidence from 1 to 4")
			.withMessageContaining("recommendation");
		Review complete = new Review(null, abstractId, reviewer, Map.of("NOVELTY", 4, "IMPACT", 7), 3,
				Recommendation.ACCEPT_ORAL, "Nice", "Strong lab", null, Instant.EPOCH, null, null);
		Review submitted = complete.submit(this.form, Instant.ofEpochSecond(10));
		assertThat(submitted.status()).isEqualTo(ReviewStatus.SUBMITTED);
		assertThat(submitted.submittedAt()).isEqualTo(Instant.ofEpochSecond(10));
	}

	@Test
	void defaultFormIsValidAndScoresItsMaximumAsOne() {
		ReviewForm defaults = ReviewForm.defaultForm();
		Map<String, Integer> top = new HashMap<>();
		defaults.criteria().forEach((criterion) -> top.put(criterion.code(), criterion.max()));
		assertThat(defaults.weightedScore(top)).isCloseTo(1.0, within(1e-9));
	}

}
