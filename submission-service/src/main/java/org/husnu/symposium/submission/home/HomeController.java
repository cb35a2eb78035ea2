package org.husnu.symposium.submission.home;

import org.husnu.symposium.platform.referencedata.ReferenceData;
import org.husnu.symposium.platform.web.EventView;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The landing page: what the call is, until when, in which areas, for whom.
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
		model.addAttribute("institutions", this.referenceData.institutions());
		return "home";
	}

}
