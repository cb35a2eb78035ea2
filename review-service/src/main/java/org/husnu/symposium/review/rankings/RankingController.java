package org.husnu.symposium.review.rankings;

import java.util.List;

import org.husnu.symposium.platform.security.CurrentActor;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The ranking over HTTP, for the chairs: {@code GET /api/rankings} with the order and
 * filters of {@link RankingQuery}.
 */
@RestController
class RankingController {

	private final RankingService rankings;

	RankingController(RankingService rankings) {
		this.rankings = rankings;
	}

	@GetMapping("/api/rankings")
	List<RankingRow> rankings(@RequestParam(required = false) String sort, @RequestParam(required = false) String topic,
			@RequestParam(required = false) String institution, @RequestParam(required = false) String presentation,
			@RequestParam(required = false) String student, @RequestParam(required = false) String disagreement) {
		return this.rankings
			.rank(CurrentActor.require(),
					RankingQuery.of(sort, topic, institution, presentation, student, disagreement))
			.rows();
	}

}
