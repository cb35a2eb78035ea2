package org.husnu.symposium.core.reviews;

import java.util.regex.Pattern;

import org.husnu.symposium.core.DomainRuleException;
import org.husnu.symposium.core.i18n.LocalizedText;

/**
 * One scored criterion of the review form, with its own integer scale and weight.
 *
 * @param code stable key, e.g. {@code ORIGINALITY}
 * @param label label in the three languages
 * @param min lowest score
 * @param max highest score
 * @param weight weight in the weighted mean, positive
 * @param help help text in the three languages shown under the label, {@code null} for
 * none
 */
public record Criterion(String code, LocalizedText label, int min, int max, double weight, LocalizedText help) {

	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

	public Criterion {
		DomainRuleException.require(code != null && CODE.matcher(code).matches(), "form.criterion.code",
				"A criterion code is 2 to 40 upper-case letters, digits or underscores: " + code);
		DomainRuleException.require(label != null, "form.criterion.label", "Criterion " + code + " needs a label");
		DomainRuleException.require(min < max, "form.criterion.scale",
				"Criterion " + code + " needs a scale whose minimum is below its maximum");
		DomainRuleException.require(max - min <= 100, "form.criterion.scale",
				"Criterion " + code + " has a scale of more than 100 steps");
		DomainRuleException.require(weight > 0 && Double.isFinite(weight), "form.criterion.weight",
				"Criterion " + code + " needs a positive weight");
	}

	/**
	 * A criterion without help text.
	 * @param code stable key
	 * @param label label in the three languages
	 * @param min lowest score
	 * @param max highest score
	 * @param weight weight in the weighted mean
	 */
	public Criterion(String code, LocalizedText label, int min, int max, double weight) {
		this(code, label, min, max, weight, null);
	}

	/**
	 * A score on this criterion's scale mapped to 0..1, so criteria with different scales
	 * mix.
	 * @param score a score within the scale
	 * @return the normalised score
	 */
	public double normalize(int score) {
		return (double) (score - this.min) / (this.max - this.min);
	}

	public boolean accepts(int score) {
		return score >= this.min && score <= this.max;
	}

}
