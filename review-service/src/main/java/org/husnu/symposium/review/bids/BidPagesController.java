package org.husnu.symposium.review.bids;

import java.util.List;

import org.husnu.symposium.platform.security.CurrentActor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The reviewers' bid page; it saves bids and declares conflicts through the API
 * ({@code static/js/bids.js}).
 */
@Controller
class BidPagesController {

	private final BidService bids;

	BidPagesController(BidService bids) {
		this.bids = bids;
	}

	@GetMapping("/bids")
	String bids(Model model) {
		model.addAttribute("abstracts", this.bids.list(CurrentActor.require()));
		model.addAttribute("levels", List.of(2, 1, 0, -1, -2));
		return "bids/list";
	}

}
