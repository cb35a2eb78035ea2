package org.husnu.symposium.review.home;

import java.time.format.DateTimeFormatter;

import org.husnu.symposium.core.event.EventSettings;
import org.husnu.symposium.platform.referencedata.ReferenceData;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The landing page for reviewers and chairs: the review period and the areas under
 * review.
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
		model.addAttribute("reviewDeadline", settings.reviewDeadline().in(settings.zone()).format(DEADLINE));
		model.addAttribute("blindReview", settings.blindReview());
		model.addAttribute("topicAreas", this.referenceData.topicAreas(false));
		return "home";
	}

}
