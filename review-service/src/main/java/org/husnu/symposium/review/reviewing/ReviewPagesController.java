package org.husnu.symposium.review.reviewing;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.husnu.symposium.core.access.Actor;
import org.husnu.symposium.core.i18n.Language;
import org.husnu.symposium.core.reviews.Recommendation;
import org.husnu.symposium.core.topics.TopicArea;
import org.husnu.symposium.platform.problems.ProblemException;
import org.husnu.symposium.platform.referencedata.ReferenceData;
import org.husnu.symposium.platform.security.CurrentActor;
import org.husnu.symposium.review.reading.AbstractReading;
import org.husnu.symposium.review.reading.ReadableAbstract;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The reviewer's pages: the dashboard of assigned abstracts ({@code /reviews}) and the
 * review page ({@code /reviews/{abstract}}), the abstract as the reading page shows it
 * beside the form. Plain HTML forms, so nothing needs JavaScript; a save that fails (a
 * stale version, a score off the scale, the deadline) shows the page again with what the
 * reviewer typed kept.
 */
@Controller
class ReviewPagesController {

	private final Reviewing reviewing;

	private final AssignedReviews assignedReviews;

	private final OtherReviews otherReviews;

	private final ReviewForms forms;

	private final AbstractReading reading;

	private final ReferenceData referenceData;

	private final MessageSource messages;

	ReviewPagesController(Reviewing reviewing, AssignedReviews assignedReviews, OtherReviews otherReviews,
			ReviewForms forms, AbstractReading reading, ReferenceData referenceData, MessageSource messages) {
		this.reviewing = reviewing;
		this.assignedReviews = assignedReviews;
		this.otherReviews = otherReviews;
		this.forms = forms;
		this.reading = reading;
		this.referenceData = referenceData;
		this.messages = messages;
	}

	@GetMapping("/reviews")
	String dashboard(Model model, Locale locale) {
		List<ReviewViews.Assigned> assigned = this.assignedReviews.assigned(CurrentActor.require());
		model.addAttribute("assigned", assigned);
		model.addAttribute("submitted",
				assigned.stream().filter((item) -> item.status() == ReviewProgress.SUBMITTED).count());
		model.addAttribute("open", this.reviewing.open());
		Instant due = this.referenceData.eventSettings().reviewDeadline().at();
		model.addAttribute("due", due(due, locale));
		model.addAttribute("dueShort",
				DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
					.withLocale(locale)
					.withZone(this.referenceData.eventSettings().zone())
					.format(due));
		model.addAttribute("topicNames", topicNames(locale));
		return "reviews/dashboard";
	}

	@GetMapping("/reviews/{abstract}")
	String page(@PathVariable("abstract") String abstractKey, Model model, Locale locale) {
		Actor actor = CurrentActor.require();
		ReviewViews.Own own = this.reviewing.own(actor, abstractKey);
		return render(actor, abstractKey, own, Values.of(own), model, locale);
	}

	@PostMapping("/reviews/{abstract}")
	String save(@PathVariable("abstract") String abstractKey, @RequestParam MultiValueMap<String, String> params,
			Model model, Locale locale, RedirectAttributes redirect) {
		Actor actor = CurrentActor.require();
		ReviewViews.Own own = this.reviewing.own(actor, abstractKey);
		Values values = Values.of(params);
		boolean submit = "submit".equals(params.getFirst("action"));
		try {
			ReviewRequest request = values.toRequest();
			ReviewViews.Own saved = this.reviewing.save(actor, abstractKey, request);
			if (submit && saved.status() != ReviewProgress.SUBMITTED) {
				saved = this.reviewing.submit(actor, abstractKey, saved.version());
			}
			redirect.addFlashAttribute("saved", (submit) ? "submitted" : "draft");
			return "redirect:/reviews/" + own.number();
		}
		catch (ProblemException ex) {
			String code = String.valueOf((ex.getBody().getProperties() != null)
					? ex.getBody().getProperties().getOrDefault("code", "") : "");
			model.addAttribute("error", this.messages.getMessage("reviewing.error." + code, null, "", locale));
			model.addAttribute("errorDetail", ex.getBody().getDetail());
			// keep what the reviewer typed; after a 409 the next save replaces the newer
			// review on purpose, after a failed submit the saved draft is the base
			ReviewViews.Own current = this.reviewing.own(actor, abstractKey);
			model.addAttribute("conflict", "review.conflict".equals(code));
			return render(actor, abstractKey, current, values.withVersion(current.version()), model, locale);
		}
	}

	private String render(Actor actor, String abstractKey, ReviewViews.Own own, Values values, Model model,
			Locale locale) {
		ReadableAbstract item = this.reading.read(actor, abstractKey);
		model.addAttribute("item", item);
		model.addAttribute("topicNames", topicNames(locale));
		model.addAttribute("inlinePdf", (item.pdf() != null) ? item.pdf().download() + "?inline=true" : null);
		model.addAttribute("review", own);
		model.addAttribute("values", values);
		model.addAttribute("form", this.forms.current());
		model.addAttribute("language", Language.of(locale));
		model.addAttribute("recommendations", Recommendation.values());
		model.addAttribute("due", due(own.due(), locale));
		if (own.status() == ReviewProgress.SUBMITTED && this.forms.current().showOtherReviews()) {
			model.addAttribute("others", this.otherReviews.others(actor, abstractKey));
		}
		return "reviews/review";
	}

	private String due(Instant at, Locale locale) {
		ZoneId zone = this.referenceData.eventSettings().zone();
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(locale)
			.withZone(zone)
			.format(at) + " (" + zone.getId() + ")";
	}

	private Map<String, String> topicNames(Locale locale) {
		Map<String, String> names = new LinkedHashMap<>();
		for (TopicArea area : this.referenceData.topicAreas(true)) {
			names.put(area.code(), area.name().in(Language.of(locale)));
		}
		return names;
	}

	/**
	 * What the form shows, as text, so what a reviewer typed comes back unchanged when a
	 * save fails.
	 *
	 * @param scores criterion code to score
	 * @param confidence the confidence
	 * @param recommendation the recommendation's name
	 * @param commentsToAuthors comments to the authors
	 * @param commentsToChairs confidential comments
	 * @param version the version the next save is based on
	 */
	record Values(Map<String, String> scores, String confidence, String recommendation, String commentsToAuthors,
			String commentsToChairs, Long version) {

		static Values of(ReviewViews.Own own) {
			Map<String, String> scores = new HashMap<>();
			own.scores().forEach((code, score) -> scores.put(code, Integer.toString(score)));
			return new Values(scores, (own.confidence() != null) ? own.confidence().toString() : null,
					(own.recommendation() != null) ? own.recommendation().name() : null, own.commentsToAuthors(),
					own.commentsToChairs(), own.version());
		}

		static Values of(MultiValueMap<String, String> params) {
			Map<String, String> scores = new HashMap<>();
			params.forEach((name, given) -> {
				if (name.startsWith("score-") && !given.isEmpty() && !given.get(0).isBlank()) {
					scores.put(name.substring("score-".length()), given.get(0).strip());
				}
			});
			String version = params.getFirst("version");
			return new Values(scores, params.getFirst("confidence"), params.getFirst("recommendation"),
					params.getFirst("commentsToAuthors"), params.getFirst("commentsToChairs"),
					(version != null && version.matches("\\d{1,18}")) ? Long.valueOf(version) : null);
		}

		Values withVersion(Long current) {
			return new Values(this.scores, this.confidence, this.recommendation, this.commentsToAuthors,
					this.commentsToChairs, current);
		}

		ReviewRequest toRequest() {
			Map<String, Integer> numbers = new HashMap<>();
			this.scores.forEach((code, score) -> numbers.put(code, number(score, "review.scores")));
			Recommendation chosen = null;
			if (this.recommendation != null && !this.recommendation.isBlank()) {
				try {
					chosen = Recommendation.valueOf(this.recommendation);
				}
				catch (IllegalArgumentException ex) {
					throw ReviewProblems.invalid("review.recommendation", "Choose one of the recommendations");
				}
			}
			String toAuthors = limit(this.commentsToAuthors);
			String toChairs = limit(this.commentsToChairs);
			return new ReviewRequest(numbers,
					(this.confidence != null && !this.confidence.isBlank())
							? number(this.confidence, "review.confidence") : null,
					chosen, toAuthors, toChairs, this.version);
		}

		private static Integer number(String text, String code) {
			try {
				return Integer.valueOf(text.strip());
			}
			catch (NumberFormatException ex) {
				throw ReviewProblems.invalid(code, "Scores are whole numbers on the criterion's scale, not " + text);
			}
		}

		private static String limit(String comment) {
			if (comment != null && comment.length() > ReviewRequest.MAX_COMMENT) {
				throw ReviewProblems.invalid("review.comments",
						"Keep each comment under " + ReviewRequest.MAX_COMMENT + " characters");
			}
			return comment;
		}

	}

}
