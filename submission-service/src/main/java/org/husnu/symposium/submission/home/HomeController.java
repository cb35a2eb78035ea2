package org.husnu.symposium.submission.home;

import java.time.format.DateTimeFormatter;

import org.husnu.symposium.core.event.EventSettings;
import org.husnu.symposium.platform.referencedata.ReferenceData;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The landing page: what the call is, until when, in which areas, for whom.
 */
@Controller
class HomeController {

	private static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z");

	private final ReferenceData referenceData;

	HomeController(ReferenceData referenceData) {
		this.referenceData = referenceData;
	}

	@GetMapping("/")
	String home(Model model) {
		EventSettings settings = this.referenceData.eventSettings();
		model.addAttribute("eventName", settings.name());
		model.addAttribute("submissionDeadline", settings.submissionDeadline().in(settings.zone()).format(DEADLINE));
		model.addAttribute("topicAreas", this.referenceData.topicAreas(false));
		model.addAttribute("institutions", this.referenceData.institutions());
		return "home";
	}

}
