package org.husnu.symposium.submission.abstracts;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.husnu.symposium.core.abstracts.AbstractStatus;
import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.access.AccessPolicy;
import org.husnu.symposium.core.access.Actor;
import org.husnu.symposium.core.event.EventSettings;
import org.husnu.symposium.core.i18n.Language;
import org.husnu.symposium.core.institutions.Institution;
import org.husnu.symposium.core.topics.TopicArea;
import org.husnu.symposium.platform.referencedata.ReferenceData;
import org.husnu.symposium.platform.security.CurrentActor;
import org.husnu.symposium.platform.web.EventView;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The authors' and chairs' pages: the list (with the chairs' counts, filters and
 * exports), one abstract with its check report and preview, and the form. The form saves
 * and uploads through the same API scripts use, so pages and API cannot drift apart.
 */
@Controller
class AbstractPagesController {

	private final AbstractService abstracts;

	private final AbstractViews views;

	private final ReferenceData referenceData;

	private final AuthorConflicts conflicts;

	private final Clock clock;

	AbstractPagesController(AbstractService abstracts, AbstractViews views, ReferenceData referenceData,
			AuthorConflicts conflicts, Clock clock) {
		this.abstracts = abstracts;
		this.views = views;
		this.referenceData = referenceData;
		this.conflicts = conflicts;
		this.clock = clock;
	}

	@GetMapping("/abstracts")
	String list(@RequestParam(required = false) String topic, @RequestParam(required = false) String institution,
			@RequestParam(required = false) AbstractStatus status, Model model, Locale locale) {
		Actor actor = CurrentActor.require();
		AbstractFilter filter = new AbstractFilter(topic, institution, status);
		boolean chair = AccessPolicy.maySeeAllAbstracts(actor);
		List<AbstractSubmission> listed = this.abstracts.list(actor, filter);
		model.addAttribute("abstracts", this.views.of(actor, listed, locale));
		model.addAttribute("chairView", chair);
		if (chair) {
			model.addAttribute("summary", AbstractOverviewController.Summary.of(listed));
			model.addAttribute("filter", filter);
			model.addAttribute("statuses", AbstractStatus.values());
			model.addAttribute("exportQuery", exportQuery(filter));
		}
		addReference(model, locale);
		return "abstracts/list";
	}

	@GetMapping("/abstracts/new")
	String create(Model model, Locale locale) {
		CurrentActor.require();
		model.addAttribute("abstractId", null);
		addReference(model, locale);
		return "abstracts/form";
	}

	@GetMapping("/abstracts/{id}/edit")
	String edit(@PathVariable String id, Model model, Locale locale) {
		Actor actor = CurrentActor.require();
		AbstractView view = this.views.of(actor, this.abstracts.find(actor, id), locale);
		if (!view.permissions().edit()) {
			return "redirect:/abstracts/" + view.id() + "?readonly";
		}
		model.addAttribute("abstractId", view.id());
		model.addAttribute("abstract", view);
		addReference(model, locale);
		model.addAttribute("reviewerOptions", reviewerOptions(actor, locale));
		return "abstracts/form";
	}

	@GetMapping("/abstracts/{id}")
	String show(@PathVariable String id, Model model, Locale locale) {
		Actor actor = CurrentActor.require();
		AbstractView view = this.views.of(actor, this.abstracts.find(actor, id), locale);
		model.addAttribute("abstract", view);
		addReference(model, locale);
		return "abstracts/show";
	}

	@PostMapping("/abstracts/{id}/submit")
	String submit(@PathVariable String id) {
		AbstractSubmission submitted = this.abstracts.submit(CurrentActor.require(), id);
		return "redirect:/abstracts/" + submitted.id() + "?submitted";
	}

	@PostMapping("/abstracts/{id}/withdraw")
	String withdraw(@PathVariable String id) {
		AbstractSubmission withdrawn = this.abstracts.withdraw(CurrentActor.require(), id);
		return "redirect:/abstracts/" + withdrawn.id() + "?withdrawn";
	}

	private void addReference(Model model, Locale locale) {
		Language language = Language.of(locale);
		EventSettings settings = this.referenceData.eventSettings();
		Map<String, String> topicNames = new LinkedHashMap<>();
		for (TopicArea topic : this.referenceData.topicAreas(true)) {
			topicNames.put(topic.code(), topic.name().in(language));
		}
		Map<String, String> institutionNames = new LinkedHashMap<>();
		for (Institution institution : this.referenceData.institutions()) {
			institutionNames.put(institution.code(), institution.name().in(language));
		}
		model.addAttribute("topicNames", topicNames);
		model.addAttribute("activeTopics",
				this.referenceData.topicAreas(false)
					.stream()
					.map((topic) -> Map.of("code", topic.code(), "name", topic.name().in(language)))
					.toList());
		model.addAttribute("institutionNames", institutionNames);
		model.addAttribute("event", EventView.of(settings));
		model.addAttribute("submissionsOpen", settings.acceptsSubmissionsAt(this.clock.instant()));
		model.addAttribute("inGrace", settings.submissionDeadline().isInGraceAt(this.clock.instant()));
		model.addAttribute("limits", settings.limits());
		model.addAttribute("blindReview", settings.blindReview());
	}

	/**
	 * The pool as choices for declaring a conflict: "name — institution, department".
	 */
	private List<ReviewerOption> reviewerOptions(Actor actor, Locale locale) {
		if (!AccessPolicy.maySeeReviewerNames(actor)) {
			return List.of();
		}
		Language language = Language.of(locale);
		Map<String, String> institutions = new LinkedHashMap<>();
		this.referenceData.institutions()
			.forEach((institution) -> institutions.put(institution.code(), institution.name().in(language)));
		return this.conflicts.pool(actor).stream().map((member) -> {
			String institution = institutions.getOrDefault(member.institution(), member.institution());
			String label = member.name() + ((institution != null) ? " — " + institution : "")
					+ ((member.department() != null) ? ", " + member.department() : "");
			return new ReviewerOption(member.id().toString(), label);
		}).toList();
	}

	private static String exportQuery(AbstractFilter filter) {
		StringBuilder query = new StringBuilder();
		if (filter.topic() != null) {
			query.append("&topic=").append(URLEncoder.encode(filter.topic(), StandardCharsets.UTF_8));
		}
		if (filter.institution() != null) {
			query.append("&institution=").append(URLEncoder.encode(filter.institution(), StandardCharsets.UTF_8));
		}
		if (filter.status() != null) {
			query.append("&status=").append(filter.status());
		}
		return query.isEmpty() ? "" : "?" + query.substring(1);
	}

	/**
	 * One reviewer to choose on the form.
	 *
	 * @param id the reviewer's id
	 * @param label name, institution and department
	 */
	record ReviewerOption(String id, String label) {
	}

}
