package org.husnu.symposium.review.bids;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.husnu.symposium.core.i18n.Language;
import org.husnu.symposium.core.topics.TopicArea;
import org.husnu.symposium.platform.referencedata.ReferenceData;
import org.husnu.symposium.platform.security.CurrentActor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The reviewers' bid page; it saves bids and declares conflicts through the API
 * ({@code static/js/bids.js}).
 */
@Controller
class BidPagesController {

	private final BidService bids;

	private final ReferenceData referenceData;

	BidPagesController(BidService bids, ReferenceData referenceData) {
		this.bids = bids;
		this.referenceData = referenceData;
	}

	@GetMapping("/bids")
	String bids(@RequestParam(name = "q", required = false) String text,
			@RequestParam(name = "topic", required = false) String topic,
			@RequestParam(name = "unbid", defaultValue = "false") boolean unbidOnly, Model model, Locale locale) {
		BidQuery query = BidQuery.of(text, topic, unbidOnly);
		BidService.Found found = this.bids.list(CurrentActor.require(), query);
		model.addAttribute("abstracts", found.abstracts());
		model.addAttribute("total", found.total());
		model.addAttribute("filtered", query.isFiltered());
		model.addAttribute("q", (text != null) ? text : "");
		model.addAttribute("topic", query.topic());
		model.addAttribute("unbid", unbidOnly);
		model.addAttribute("levels", List.of(2, 1, 0, -1, -2));
		Map<String, String> topicNames = new LinkedHashMap<>();
		for (TopicArea area : this.referenceData.topicAreas(true)) {
			topicNames.put(area.code(), area.name().in(Language.of(locale)));
		}
		model.addAttribute("topicNames", topicNames);
		return "bids/list";
	}

}
