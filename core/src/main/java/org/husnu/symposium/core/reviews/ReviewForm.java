package org.husnu.symposium.core.reviews;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.husnu.symposium.core.DomainRuleException;
import org.husnu.symposium.core.i18n.LocalizedText;
import org.husnu.symposium.core.store.CollectionNames;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The review form the chairs configure: scored criteria, a confidence scale. Reviews are
 * checked against it, and weighted scores computed by it, so changing a weight re-scores
 * every review consistently.
 *
 * @param id form id; the event uses {@link #CURRENT}
 * @param criteria criteria in display order, codes unique
 * @param confidenceMin lowest confidence
 * @param confidenceMax highest confidence
 * @param showOtherReviews whether a reviewer who has submitted may read the other
 * (anonymised) reviews of the same abstract
 * @param disagreementThreshold the spread of reviewers' weighted scores (0..1 scale,
 * highest minus lowest) above which an abstract is flagged as disputed
 * @param version optimistic-locking version
 */
@Document(collection = CollectionNames.REVIEW_FORMS)
public record ReviewForm(@Id String id, List<Criterion> criteria, int confidenceMin, int confidenceMax,
		boolean showOtherReviews, double disagreementThreshold, @Version Long version) {

	/** Id of the form in use. */
	public static final String CURRENT = "current";

	/** Disagreement threshold of a new form: a quarter of the scale. */
	public static final double DEFAULT_DISAGREEMENT_THRESHOLD = 0.25;

	public ReviewForm {
		DomainRuleException.require(id != null && !id.isBlank(), "form.id", "A review form needs an id");
		DomainRuleException.require(criteria != null && !criteria.isEmpty(), "form.criteria",
				"A review form needs at least one criterion");
		criteria = List.copyOf(criteria);
		Set<String> codes = new HashSet<>();
		for (Criterion criterion : criteria) {
			DomainRuleException.require(codes.add(criterion.code()), "form.criterion.duplicate",
					"Criterion " + criterion.code() + " appears twice");
		}
		DomainRuleException.require(confidenceMin < confidenceMax, "form.confidence",
				"The confidence scale needs a minimum below its maximum");
		DomainRuleException.require(disagreementThreshold > 0 && disagreementThreshold <= 1,
				"form.disagreementThreshold",
				"The disagreement threshold is a share of the scale above 0 and at most 1, e.g. 0.25");
	}

	/**
	 * A form that hides other reviews and flags disagreement at the default threshold.
	 * @param id form id
	 * @param criteria criteria in display order
	 * @param confidenceMin lowest confidence
	 * @param confidenceMax highest confidence
	 * @param version optimistic-locking version
	 */
	public ReviewForm(String id, List<Criterion> criteria, int confidenceMin, int confidenceMax, Long version) {
		this(id, criteria, confidenceMin, confidenceMax, false, DEFAULT_DISAGREEMENT_THRESHOLD, version);
	}

	/**
	 * The form a new event starts with.
	 * @return five criteria on 1..5 and confidence 1..4
	 */
	public static ReviewForm defaultForm() {
		return new ReviewForm(CURRENT, List.of(
				new Criterion("ORIGINALITY", LocalizedText.of("Originality", "独創性", "독창성"), 1, 5, 1.0),
				new Criterion("CLINICAL_IMPACT",
						LocalizedText.of("Clinical and societal impact", "臨床的・社会的インパクト", "임상적·사회적 영향"), 1, 5, 1.5),
				new Criterion("METHODOLOGY", LocalizedText.of("Soundness of methods", "手法の妥当性", "방법의 타당성"), 1, 5, 1.5),
				new Criterion("CLARITY", LocalizedText.of("Clarity of presentation", "明瞭さ", "명확성"), 1, 5, 0.5),
				new Criterion("COLLABORATION", LocalizedText.of("Potential for HU-SNU collaboration",
						"北大・ソウル大の共同研究の可能性", "홋카이도대-서울대 공동연구 가능성"), 1, 5, 1.0)),
				1, 4, null);
	}

	public Optional<Criterion> criterion(String code) {
		return this.criteria.stream().filter((criterion) -> criterion.code().equals(code)).findFirst();
	}

	/**
	 * What is wrong with a set of scores, in words a reviewer understands.
	 * @param scores criterion code to score
	 * @param requireAll whether every criterion must be scored (for submitting, not for
	 * drafts)
	 * @return the problems, empty when the scores are fine
	 */
	public List<String> problemsWith(Map<String, Integer> scores, boolean requireAll) {
		List<String> problems = new ArrayList<>();
		Map<String, Integer> given = (scores != null) ? scores : Map.of();
		for (String code : given.keySet()) {
			if (criterion(code).isEmpty()) {
				problems.add("There is no criterion " + code + " on the review form");
			}
		}
		for (Criterion criterion : this.criteria) {
			Integer score = given.get(criterion.code());
			if (score == null) {
				if (requireAll) {
					problems.add("Score " + criterion.label().en() + " (" + criterion.code() + ")");
				}
			}
			else if (!criterion.accepts(score)) {
				problems.add(criterion.label().en() + " takes a score from " + criterion.min() + " to "
						+ criterion.max() + ", not " + score);
			}
		}
		return problems;
	}

	/**
	 * Whether a confidence value is on the scale.
	 * @param confidence the value
	 * @return {@code true} if acceptable
	 */
	public boolean acceptsConfidence(int confidence) {
		return confidence >= this.confidenceMin && confidence <= this.confidenceMax;
	}

	/**
	 * The weighted mean of complete, valid scores on a 0..1 scale.
	 * @param scores criterion code to score, every criterion present and on its scale
	 * @return the weighted mean, 0 = every score at its minimum, 1 = every score at its
	 * maximum
	 */
	public double weightedScore(Map<String, Integer> scores) {
		List<String> problems = problemsWith(scores, true);
		DomainRuleException.require(problems.isEmpty(), "review.scores", String.join("; ", problems));
		double sum = 0;
		double weights = 0;
		for (Criterion criterion : this.criteria) {
			sum += criterion.weight() * criterion.normalize(scores.get(criterion.code()));
			weights += criterion.weight();
		}
		return sum / weights;
	}

}
