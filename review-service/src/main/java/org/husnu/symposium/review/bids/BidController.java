package org.husnu.symposium.review.bids;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.husnu.symposium.platform.security.CurrentActor;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Bids over HTTP. {@code {abstract}} is the abstract's id or its number ({@code A-007}).
 */
@RestController
class BidController {

	private final BidService bids;

	BidController(BidService bids) {
		this.bids = bids;
	}

	@GetMapping("/api/bids")
	List<BidView> list(@RequestParam(name = "q", required = false) String text,
			@RequestParam(name = "topic", required = false) String topic,
			@RequestParam(name = "unbid", defaultValue = "false") boolean unbidOnly) {
		return this.bids.list(CurrentActor.require(), BidQuery.of(text, topic, unbidOnly)).abstracts();
	}

	@PutMapping("/api/bids/{abstract}")
	BidView place(@PathVariable("abstract") String abstractKey, @Valid @RequestBody BidRequest request) {
		return this.bids.place(CurrentActor.require(), abstractKey, request.level());
	}

	/**
	 * A bid. The range (-2 to 2) is checked by the domain so that it answers with the
	 * stable code {@code bid.level}.
	 *
	 * @param level from -2 (rather not) to 2 (eager)
	 */
	record BidRequest(@NotNull Integer level) {
	}

}
