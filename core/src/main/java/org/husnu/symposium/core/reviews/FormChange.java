package org.husnu.symposium.core.reviews;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One difference between the review form in force and a new one, told the way chairs need
 * to hear it before they save: what changed and how many submitted reviews it touches.
 * {@link #between} lists them; {@link #invalidates()} says which ones leave submitted
 * scores that the new form would not accept (a scored criterion removed, scores or
 * confidences outside a new scale), which chairs must confirm.
 *
 * @param kind what kind of change
 * @param criterion the criterion code, {@code null} for changes of the whole form
 * @param before the value before, as text ({@code null} when none)
 * @param after the value after, as text ({@code null} when none)
 * @param reviews how many submitted reviews the change touches
 */
public record FormChange(Kind kind, String criterion, String before, String after, int reviews) {

	/**
	 * Whether submitted reviews hold scores the new form does not take, so the chairs
	 * must confirm.
	 * @return {@code true} for a scored criterion removed and for scores or confidences
	 * outside a changed scale
	 */
	public boolean invalidates() {
		return this.reviews > 0
				&& (this.kind == Kind.REMOVED || this.kind == Kind.SCALE || this.kind == Kind.CONFIDENCE_SCALE);
	}

	/**
	 * The change in plain English, for the API and the audit log.
	 * @return e.g. "criterion CLARITY removed; 12 submitted reviews scored it"
	 */
	public String text() {
		return switch (this.kind) {
			case ADDED -> "criterion " + this.criterion + " added; " + this.reviews
					+ " submitted reviews do not score it and are ranked on the criteria they have";
			case REMOVED -> "criterion " + this.criterion + " removed; " + this.reviews
					+ " submitted reviews scored it (their scores stay readable, the ranking no longer uses them)";
			case WEIGHT -> "weight of " + this.criterion + " " + this.before + " → " + this.after;
			case SCALE -> "scale of " + this.criterion + " changed from " + this.before + " to " + this.after + " — "
					+ this.reviews + " reviews have scores outside it";
			case LABEL -> "label or help text of " + this.criterion + " changed";
			case ORDER -> "order of the criteria changed";
			case CONFIDENCE_SCALE -> "confidence scale changed from " + this.before + " to " + this.after + " — "
					+ this.reviews + " reviews have a confidence outside it";
			case SHOW_OTHER_REVIEWS -> "reviewers who submitted "
					+ (("true".equals(this.after)) ? "now see" : "no longer see") + " the other reviews";
			case DISAGREEMENT_THRESHOLD -> "disagreement threshold " + this.before + " → " + this.after;
		};
	}

	/**
	 * The changes from one form to another, with the submitted reviews each one touches.
	 * @param before the form in force
	 * @param after the form to save
	 * @param submitted the submitted reviews
	 * @return the changes, in the order of the criteria, empty when nothing changed
	 */
	public static List<FormChange> between(ReviewForm before, ReviewForm after, Collection<Review> submitted) {
		List<FormChange> changes = new ArrayList<>();
		for (Criterion old : before.criteria()) {
			if (after.criterion(old.code()).isEmpty()) {
				changes.add(new FormChange(Kind.REMOVED, old.code(), null, null, scoring(submitted, old.code())));
			}
		}
		for (Criterion now : after.criteria()) {
			Criterion old = before.criterion(now.code()).orElse(null);
			if (old == null) {
				int without = (int) submitted.stream()
					.filter((review) -> !review.scores().containsKey(now.code()))
					.count();
				changes.add(new FormChange(Kind.ADDED, now.code(), null, null, without));
				continue;
			}
			if (old.weight() != now.weight()) {
				changes.add(new FormChange(Kind.WEIGHT, now.code(), number(old.weight()), number(now.weight()), 0));
			}
			if (old.min() != now.min() || old.max() != now.max()) {
				int outside = (int) submitted.stream().filter((review) -> {
					Integer score = review.scores().get(now.code());
					return score != null && !now.accepts(score);
				}).count();
				changes.add(new FormChange(Kind.SCALE, now.code(), old.min() + "–" + old.max(),
						now.min() + "–" + now.max(), outside));
			}
			if (!old.label().equals(now.label()) || !Objects.equals(old.help(), now.help())) {
				changes.add(new FormChange(Kind.LABEL, now.code(), null, null, 0));
			}
		}
		List<String> kept = before.criteria()
			.stream()
			.map(Criterion::code)
			.filter((code) -> after.criterion(code).isPresent())
			.toList();
		List<String> keptAfter = after.criteria()
			.stream()
			.map(Criterion::code)
			.filter((code) -> before.criterion(code).isPresent())
			.toList();
		if (!kept.equals(keptAfter)) {
			changes.add(new FormChange(Kind.ORDER, null, String.join(", ", kept), String.join(", ", keptAfter), 0));
		}
		if (before.confidenceMin() != after.confidenceMin() || before.confidenceMax() != after.confidenceMax()) {
			int outside = (int) submitted.stream()
				.filter((review) -> review.confidence() != null && !after.acceptsConfidence(review.confidence()))
				.count();
			changes
				.add(new FormChange(Kind.CONFIDENCE_SCALE, null, before.confidenceMin() + "–" + before.confidenceMax(),
						after.confidenceMin() + "–" + after.confidenceMax(), outside));
		}
		if (before.showOtherReviews() != after.showOtherReviews()) {
			changes.add(new FormChange(Kind.SHOW_OTHER_REVIEWS, null, Boolean.toString(before.showOtherReviews()),
					Boolean.toString(after.showOtherReviews()), 0));
		}
		if (before.disagreementThreshold() != after.disagreementThreshold()) {
			changes.add(new FormChange(Kind.DISAGREEMENT_THRESHOLD, null, number(before.disagreementThreshold()),
					number(after.disagreementThreshold()), 0));
		}
		return changes;
	}

	/**
	 * The changes as the audit log keeps them: one line each.
	 * @param changes the changes
	 * @return numbered lines
	 */
	public static Map<String, String> forAudit(List<FormChange> changes) {
		Map<String, String> details = new LinkedHashMap<>();
		for (int i = 0; i < changes.size(); i++) {
			details.put("change" + (i + 1), changes.get(i).text());
		}
		return details;
	}

	private static int scoring(Collection<Review> submitted, String code) {
		return (int) submitted.stream().filter((review) -> review.scores().containsKey(code)).count();
	}

	private static String number(double value) {
		return (value == Math.rint(value)) ? String.format(Locale.ROOT, "%.1f", value)
				: String.format(Locale.ROOT, "%s", value);
	}

	/**
	 * What kind of change.
	 */
	public enum Kind {

		ADDED, REMOVED, WEIGHT, SCALE, LABEL, ORDER, CONFIDENCE_SCALE, SHOW_OTHER_REVIEWS, DISAGREEMENT_THRESHOLD

	}

}
