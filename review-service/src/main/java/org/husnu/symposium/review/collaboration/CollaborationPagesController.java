package org.husnu.symposium.review.collaboration;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.husnu.symposium.core.access.AccessPolicy;
import org.husnu.symposium.core.access.Actor;
import org.husnu.symposium.core.i18n.Language;
import org.husnu.symposium.core.topics.TopicArea;
import org.husnu.symposium.platform.referencedata.ReferenceData;
import org.husnu.symposium.platform.security.CurrentActor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The chairs' collaboration page (pairs, a topic filter, the CSV) and a presenter's
 * "close to your work" page.
 */
@Controller
class CollaborationPagesController {

	private final CollaborationReport report;

	private final ReferenceData referenceData;

	CollaborationPagesController(CollaborationReport report, ReferenceData referenceData) {
		this.report = report;
		this.referenceData = referenceData;
	}

	@GetMapping("/collaboration")
	String page(@RequestParam(required = false) Integer limit, @RequestParam(required = false) String topic,
			Model model, Locale locale) {
		Actor actor = CurrentActor.require();
		AccessPolicy.requireSeeCollaborationReport(actor);
		model.addAttribute("pairs", this.report.report(actor, (limit != null) ? limit : 100, topic));
		model.addAttribute("topic", (topic != null) ? topic : "");
		model.addAttribute("limit", (limit != null) ? limit : 100);
		model.addAttribute("topicNames", topicNames(locale));
		return "collaboration/chairs";
	}

	@GetMapping("/collaboration/mine")
	String mine(Model model, Locale locale) {
		model.addAttribute("mine", this.report.mine(CurrentActor.require(), null));
		model.addAttribute("topicNames", topicNames(locale));
		return "collaboration/mine";
	}

	private Map<String, String> topicNames(Locale locale) {
		Language language = Language.of(locale);
		Map<String, String> names = new LinkedHashMap<>();
		for (TopicArea area : this.referenceData.topicAreas(true)) {
			names.put(area.code(), area.name().in(language));
		}
		return names;
	}

}
