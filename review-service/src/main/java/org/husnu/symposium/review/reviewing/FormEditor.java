package org.husnu.symposium.review.reviewing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.husnu.symposium.core.DomainRuleException;
import org.husnu.symposium.core.reviews.Criterion;
import org.husnu.symposium.core.reviews.ReviewForm;

/**
 * The chairs' form editor as the page posts it: every field as text, so what a chair
 * typed comes back unchanged when it cannot be saved, and the add, remove and move
 * buttons work by posting the whole editor (no JavaScript needed).
 *
 * @param rows the criteria in display order
 * @param confidenceMin lowest confidence
 * @param confidenceMax highest confidence
 * @param showOtherReviews whether reviewers who submitted see the other reviews
 * @param disagreementThreshold the disagreement threshold
 * @param version the version of the form being edited, empty for the default form
 */
record FormEditor(List<Row> rows, String confidenceMin, String confidenceMax, boolean showOtherReviews,
		String disagreementThreshold, String version) {

	private static final int MAX_ROWS = 30;

	static FormEditor of(ReviewForm form) {
		List<Row> rows = new ArrayList<>();
		for (Criterion criterion : form.criteria()) {
			rows.add(new Row(criterion.code(), criterion.label().en(), nullToEmpty(criterion.label().ja()),
					nullToEmpty(criterion.label().ko()), (criterion.help() != null) ? criterion.help().en() : "",
					(criterion.help() != null) ? nullToEmpty(criterion.help().ja()) : "",
					(criterion.help() != null) ? nullToEmpty(criterion.help().ko()) : "",
					Integer.toString(criterion.min()), Integer.toString(criterion.max()),
					Double.toString(criterion.weight())));
		}
		return new FormEditor(rows, Integer.toString(form.confidenceMin()), Integer.toString(form.confidenceMax()),
				form.showOtherReviews(), Double.toString(form.disagreementThreshold()),
				(form.version() != null) ? form.version().toString() : "");
	}

	static FormEditor of(Map<String, String> params) {
		int count = Math.min(MAX_ROWS, Math.max(0, parseCount(params.get("count"))));
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			rows.add(new Row(get(params, "code-" + i), get(params, "labelEn-" + i), get(params, "labelJa-" + i),
					get(params, "labelKo-" + i), get(params, "helpEn-" + i), get(params, "helpJa-" + i),
					get(params, "helpKo-" + i), get(params, "min-" + i), get(params, "max-" + i),
					get(params, "weight-" + i)));
		}
		return new FormEditor(rows, get(params, "confidenceMin"), get(params, "confidenceMax"),
				"true".equals(params.get("showOtherReviews")), get(params, "disagreementThreshold"),
				get(params, "version"));
	}

	/**
	 * The editor after a button that does not save: {@code add}, {@code remove-3},
	 * {@code up-3}, {@code down-3}.
	 * @param action the button's value
	 * @return the edited editor
	 */
	FormEditor apply(String action) {
		List<Row> edited = new ArrayList<>(this.rows);
		if ("add".equals(action) && edited.size() < MAX_ROWS) {
			edited.add(new Row("", "", "", "", "", "", "", "1", "5", "1.0"));
		}
		else if (action != null && action.matches("(remove|up|down)-\\d{1,2}")) {
			int index = Integer.parseInt(action.substring(action.indexOf('-') + 1));
			if (index < edited.size()) {
				if (action.startsWith("remove")) {
					edited.remove(index);
				}
				else if (action.startsWith("up") && index > 0) {
					Collections.swap(edited, index, index - 1);
				}
				else if (action.startsWith("down") && index + 1 < edited.size()) {
					Collections.swap(edited, index, index + 1);
				}
			}
		}
		return new FormEditor(edited, this.confidenceMin, this.confidenceMax, this.showOtherReviews,
				this.disagreementThreshold, this.version);
	}

	/**
	 * The editor as a form to save.
	 * @return the request
	 * @throws DomainRuleException {@code form.number} when a number is not one
	 */
	FormRequest toRequest() {
		List<FormRequest.CriterionRequest> criteria = new ArrayList<>();
		for (Row row : this.rows) {
			String code = row.code().strip().toUpperCase(java.util.Locale.ROOT);
			criteria.add(new FormRequest.CriterionRequest(code,
					new FormRequest.Text(row.labelEn(), row.labelJa(), row.labelKo()),
					new FormRequest.Text(row.helpEn(), row.helpJa(), row.helpKo()), integer(row.min(), code),
					integer(row.max(), code), decimal(row.weight(), code)));
		}
		DomainRuleException.require(!criteria.isEmpty(), "form.criteria", "A review form needs at least one criterion");
		return new FormRequest(criteria, integer(this.confidenceMin, "confidence"),
				integer(this.confidenceMax, "confidence"), this.showOtherReviews,
				decimal(this.disagreementThreshold, "disagreement threshold"),
				(this.version.matches("\\d{1,18}")) ? Long.valueOf(this.version) : null);
	}

	private static int integer(String text, String what) {
		try {
			return Integer.parseInt(text.strip());
		}
		catch (NumberFormatException ex) {
			throw new DomainRuleException("form.number", "Scales are whole numbers; check " + what + ": " + text);
		}
	}

	private static double decimal(String text, String what) {
		try {
			return Double.parseDouble(text.strip());
		}
		catch (NumberFormatException ex) {
			throw new DomainRuleException("form.number",
					"Weights and the threshold are numbers; check " + what + ": " + text);
		}
	}

	private static int parseCount(String count) {
		return (count != null && count.matches("\\d{1,2}")) ? Integer.parseInt(count) : 0;
	}

	private static String get(Map<String, String> params, String name) {
		String value = params.get(name);
		return (value != null) ? value : "";
	}

	private static String nullToEmpty(String text) {
		return (text != null) ? text : "";
	}

	/**
	 * One criterion as typed.
	 *
	 * @param code the code
	 * @param labelEn English label
	 * @param labelJa Japanese label
	 * @param labelKo Korean label
	 * @param helpEn English help
	 * @param helpJa Japanese help
	 * @param helpKo Korean help
	 * @param min lowest score
	 * @param max highest score
	 * @param weight weight
	 */
	record Row(String code, String labelEn, String labelJa, String labelKo, String helpEn, String helpJa, String helpKo,
			String min, String max, String weight) {
	}

}
