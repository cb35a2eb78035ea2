package org.husnu.symposium.review.reviewing;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.husnu.symposium.platform.security.CurrentActor;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's own reviews over HTTP. {@code {abstract}} is the abstract's id or number
 * ({@code A-007}); an abstract the caller does not review answers 404 like one that does
 * not exist.
 */
@RestController
class ReviewController {

	private final Reviewing reviewing;

	private final AssignedReviews assignedReviews;

	private final OtherReviews otherReviews;

	ReviewController(Reviewing reviewing, AssignedReviews assignedReviews, OtherReviews otherReviews) {
		this.reviewing = reviewing;
		this.assignedReviews = assignedReviews;
		this.otherReviews = otherReviews;
	}

	@GetMapping("/api/reviews/assigned")
	List<ReviewViews.Assigned> assigned() {
		return this.assignedReviews.assigned(CurrentActor.require());
	}

	@GetMapping("/api/reviews/{abstract}")
	ReviewViews.Own own(@PathVariable("abstract") @Size(max = 64) String abstractKey) {
		return this.reviewing.own(CurrentActor.require(), abstractKey);
	}

	@PutMapping("/api/reviews/{abstract}")
	ReviewViews.Own save(@PathVariable("abstract") @Size(max = 64) String abstractKey,
			@Valid @RequestBody ReviewRequest request) {
		return this.reviewing.save(CurrentActor.require(), abstractKey, request);
	}

	@PostMapping("/api/reviews/{abstract}/submit")
	ReviewViews.Own submit(@PathVariable("abstract") @Size(max = 64) String abstractKey,
			@RequestBody(required = false) SubmitRequest request) {
		return this.reviewing.submit(CurrentActor.require(), abstractKey, (request != null) ? request.version() : null);
	}

	@GetMapping("/api/reviews/{abstract}/others")
	ReviewViews.Others others(@PathVariable("abstract") @Size(max = 64) String abstractKey) {
		return this.otherReviews.others(CurrentActor.require(), abstractKey);
	}

	/**
	 * What a submit may carry.
	 *
	 * @param version the version read with the review; when given, a stale one answers
	 * 409
	 */
	record SubmitRequest(Long version) {
	}

}
