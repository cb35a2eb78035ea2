package org.husnu.symposium.core.reviews;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.husnu.symposium.core.i18n.LocalizedText;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The change report chairs see when they change the review form, on hand-made reviews.
 */
class FormChangeTests {

	private static final Instant AT = Instant.parse("2027-01-10T00:00:00Z");

	@Test
	void anUnchangedFormHasNoChanges() {
		assertThat(FormChange.between(ReviewForm.defaultForm(), ReviewForm.defaultForm(), List.of())).isEmpty();
	}

	@Test
	void removingAScoredCriterionCountsTheReviewsAndNeedsConfirmation() {
		ReviewForm before = ReviewForm.defaultForm();
		List<Criterion> criteria = new ArrayList<>(before.criteria());
		criteria.remove(4);
		List<FormChange> changes = FormChange.between(before, form(criteria), List.of(submitted(5), submitted(3)));
		assertThat(changes).singleElement().satisfies((change) -> {
			assertThat(change.kind()).isEqualTo(FormChange.Kind.REMOVED);
			assertThat(change.reviews()).isEqualTo(2);
			assertThat(change.invalidates()).isTrue();
			assertThat(change.text()).startsWith("criterion COLLABORATION removed; 2 submitted reviews scored it");
		});
	}

	@Test
	void weightsScalesOrderAndTextsAreReportedAndOnlyScoresOutsideAScaleNeedConfirmation() {
		ReviewForm before = ReviewForm.defaultForm();
		List<Criterion> criteria = new ArrayList<>(before.criteria());
		Criterion originality = criteria.get(0);
		Criterion clarity = criteria.get(3);
		criteria.set(3,
				new Criterion("CLARITY", clarity.label(), 1, 5, 1.5, LocalizedText.of("Readable?", null, null)));
		criteria.set(0, new Criterion("ORIGINALITY", originality.label(), 1, 4, 1.0));
		criteria.add(0, criteria.remove(1));
		List<FormChange> changes = FormChange.between(before, form(criteria), List.of(submitted(5), submitted(4)));
		assertThat(changes).extracting(FormChange::text)
			.containsExactly("scale of ORIGINALITY changed from 1–5 to 1–4 — 1 reviews have scores outside it",
					"weight of CLARITY 0.5 → 1.5", "label or help text of CLARITY changed",
					"order of the criteria changed");
		assertThat(changes).filteredOn(FormChange::invalidates)
			.extracting(FormChange::criterion)
			.containsExactly("ORIGINALITY");
	}

	@Test
	void aNewCriterionCountsTheReviewsWithoutItAndDoesNotNeedConfirmation() {
		ReviewForm before = ReviewForm.defaultForm();
		List<Criterion> criteria = new ArrayList<>(before.criteria());
		criteria.add(new Criterion("ETHICS", LocalizedText.of("Ethics", "倫理", "윤리"), 1, 3, 1.0));
		List<FormChange> changes = FormChange.between(before,
				new ReviewForm(ReviewForm.CURRENT, criteria, 1, 3, true, 0.3, null), List.of(submitted(5)));
		assertThat(changes).extracting(FormChange::kind)
			.containsExactly(FormChange.Kind.ADDED, FormChange.Kind.CONFIDENCE_SCALE,
					FormChange.Kind.SHOW_OTHER_REVIEWS, FormChange.Kind.DISAGREEMENT_THRESHOLD);
		assertThat(changes.get(0).reviews()).isEqualTo(1);
		assertThat(changes.get(0).invalidates()).isFalse();
		assertThat(changes.get(1).reviews()).as("the review's confidence 4 is outside 1–3").isEqualTo(1);
		assertThat(changes.get(1).invalidates()).isTrue();
		assertThat(FormChange.forAudit(changes)).containsKeys("change1", "change4");
	}

	private static ReviewForm form(List<Criterion> criteria) {
		return new ReviewForm(ReviewForm.CURRENT, criteria, 1, 4, null);
	}

	private static Review submitted(int originality) {
		return new Review(null, UUID.randomUUID(), UUID.randomUUID(),
				Map.of("ORIGINALITY", originality, "CLINICAL_IMPACT", 3, "METHODOLOGY", 3, "CLARITY", 3,
						"COLLABORATION", 3),
				4, Recommendation.ACCEPT_POSTER, null, null, ReviewStatus.SUBMITTED, AT, AT, 1L);
	}

}
