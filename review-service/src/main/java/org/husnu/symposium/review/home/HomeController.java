package org.husnu.symposium.review.home;

import org.husnu.symposium.platform.referencedata.ReferenceData;
import org.husnu.symposium.platform.web.EventView;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The landing page for reviewers and chairs: the review period and the areas under
 * review.
 */
@Controller
class HomeController {

	private final ReferenceData referenceData;

	HomeController(ReferenceData referenceData) {
		this.referenceData = referenceData;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("event", EventView.of(this.referenceData.eventSettings()));
		model.addAttribute("topicAreas", this.referenceData.topicAreas(false));
		return "home";
	}

}
