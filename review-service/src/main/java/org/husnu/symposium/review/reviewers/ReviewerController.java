package org.husnu.symposium.review.reviewers;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.husnu.symposium.core.reviewers.ReviewerProfile;
import org.husnu.symposium.platform.security.CurrentActor;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reviewer pool over HTTP: chairs invite and list reviewers, change their load caps
 * and remove them; reviewers keep their own profile.
 */
@RestController
class ReviewerController {

	private final ReviewerPoolService pool;

	private final ReviewerRemoval removal;

	ReviewerController(ReviewerPoolService pool, ReviewerRemoval removal) {
		this.pool = pool;
		this.removal = removal;
	}

	/**
	 * Invites a reviewer: 201 with the new member of the pool, 200 with the existing one
	 * when they are in it already.
	 */
	@PostMapping("/api/reviewers")
	ResponseEntity<ReviewerView> invite(@Valid @RequestBody NewReviewer invitation) {
		ReviewerPoolService.Invitation result = this.pool.invite(CurrentActor.require(), invitation.email(),
				invitation.maxLoad());
		return ResponseEntity.status((result.created()) ? HttpStatus.CREATED : HttpStatus.OK).body(result.reviewer());
	}

	@GetMapping("/api/reviewers")
	List<ReviewerView> pool() {
		return this.pool.pool(CurrentActor.require());
	}

	@PutMapping("/api/reviewers/{id}")
	ReviewerView changeCap(@PathVariable String id, @Valid @RequestBody CapRequest request) {
		return this.pool.changeCap(CurrentActor.require(), id, request.maxLoad());
	}

	/**
	 * Removes a reviewer from the pool; one with assignments only with
	 * {@code removeAssignments=true}, which removes those assignments too.
	 */
	@DeleteMapping("/api/reviewers/{id}")
	ReviewerRemoval.Removal remove(@PathVariable String id,
			@RequestParam(defaultValue = "false") boolean removeAssignments) {
		return this.removal.remove(CurrentActor.require(), id, removeAssignments);
	}

	@GetMapping("/api/me/reviewer-profile")
	ReviewerView own() {
		return this.pool.own(CurrentActor.require());
	}

	@PutMapping("/api/me/reviewer-profile")
	ReviewerView update(@Valid @RequestBody ProfileRequest request) {
		return this.pool.update(CurrentActor.require(), new ReviewerPoolService.ProfileChange(request.expertise(),
				request.statement(), request.keywords(), request.department(), request.maxLoad(), request.version()));
	}

	/**
	 * An invitation.
	 *
	 * @param email the invitee's address
	 * @param maxLoad the load cap, default 5
	 */
	record NewReviewer(@NotBlank @Size(max = 254) String email,
			@Min(0) @Max(ReviewerProfile.MAX_LOAD) Integer maxLoad) {
	}

	/**
	 * A chair's change of a reviewer's load cap.
	 *
	 * @param maxLoad the new cap, not below the reviewer's current load
	 */
	record CapRequest(@NotNull @Min(0) @Max(ReviewerProfile.MAX_LOAD) Integer maxLoad) {
	}

	/**
	 * A reviewer's profile as they send it.
	 *
	 * @param expertise level 0–3 per topic area code
	 * @param statement research statement
	 * @param keywords keywords
	 * @param department department or lab
	 * @param maxLoad load cap
	 * @param version the version read
	 */
	record ProfileRequest(@Size(max = 100) Map<@Size(max = 40) String, Integer> expertise,
			@Size(max = ReviewerProfile.MAX_STATEMENT) String statement,
			@Size(max = ReviewerProfile.MAX_KEYWORDS) List<@Size(max = ReviewerProfile.MAX_KEYWORD) String> keywords,
			@Size(max = ReviewerProfile.MAX_DEPARTMENT) String department,
			@NotNull @Min(0) @Max(ReviewerProfile.MAX_LOAD) Integer maxLoad, Long version) {
	}

}
