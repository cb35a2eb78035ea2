package org.husnu.symposium.review.reviewing;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.husnu.symposium.core.DomainRuleException;
import org.husnu.symposium.core.i18n.LocalizedText;
import org.husnu.symposium.core.reviews.Criterion;
import org.husnu.symposium.core.reviews.ReviewForm;

/**
 * A review form as chairs send it ({@code PUT /api/review-form}) and the page builds it.
 * The rules of a form (scales, weights, unique codes) are core's and answer with their
 * {@code form.*} codes.
 *
 * @param criteria the criteria in display order
 * @param confidenceMin lowest confidence
 * @param confidenceMax highest confidence
 * @param showOtherReviews whether reviewers who submitted see the other reviews; absent
 * means no
 * @param disagreementThreshold spread of weighted scores (0..1) flagged as disagreement
 * @param version the version of the form the chair edited, {@code null} for the default
 * form never saved
 */
record FormRequest(@NotEmpty @Size(max = 30) List<@Valid @NotNull CriterionRequest> criteria,
		@NotNull Integer confidenceMin, @NotNull Integer confidenceMax, Boolean showOtherReviews,
		Double disagreementThreshold, Long version) {

	ReviewForm toForm() {
		return new ReviewForm(ReviewForm.CURRENT, this.criteria.stream().map(CriterionRequest::toCriterion).toList(),
				this.confidenceMin, this.confidenceMax, Boolean.TRUE.equals(this.showOtherReviews),
				(this.disagreementThreshold != null) ? this.disagreementThreshold
						: ReviewForm.DEFAULT_DISAGREEMENT_THRESHOLD,
				null);
	}

	static FormRequest of(ReviewForm form) {
		return new FormRequest(form.criteria().stream().map(CriterionRequest::of).toList(), form.confidenceMin(),
				form.confidenceMax(), form.showOtherReviews(), form.disagreementThreshold(), form.version());
	}

	/**
	 * One criterion.
	 *
	 * @param code stable key, e.g. {@code ORIGINALITY}
	 * @param label label in English, Japanese and Korean (English required)
	 * @param help help text in the three languages, or {@code null}
	 * @param min lowest score
	 * @param max highest score
	 * @param weight weight in the weighted mean
	 */
	record CriterionRequest(@NotNull @Size(max = 40) String code, @NotNull @Valid Text label, @Valid Text help,
			@NotNull Integer min, @NotNull Integer max, @NotNull Double weight) {

		Criterion toCriterion() {
			return new Criterion(this.code.strip(), this.label.toText(), this.min, this.max, this.weight,
					(this.help != null && this.help.en() != null && !this.help.en().isBlank()) ? this.help.toText()
							: null);
		}

		static CriterionRequest of(Criterion criterion) {
			return new CriterionRequest(criterion.code(), Text.of(criterion.label()),
					(criterion.help() != null) ? Text.of(criterion.help()) : null, criterion.min(), criterion.max(),
					criterion.weight());
		}

	}

	/**
	 * A text in the three languages; Japanese and Korean fall back to English when blank.
	 *
	 * @param en English
	 * @param ja Japanese
	 * @param ko Korean
	 */
	record Text(@Size(max = 2000) String en, @Size(max = 2000) String ja, @Size(max = 2000) String ko) {

		LocalizedText toText() {
			DomainRuleException.require(this.en != null && !this.en.isBlank(), "form.criterion.label",
					"Every label and help text needs its English version (Japanese and Korean fall back to it)");
			return LocalizedText.of(blankToNull(this.en), blankToNull(this.ja), blankToNull(this.ko));
		}

		static Text of(LocalizedText text) {
			return new Text(text.en(), text.ja(), text.ko());
		}

		private static String blankToNull(String value) {
			return (value == null || value.isBlank()) ? null : value.strip();
		}

	}

}
