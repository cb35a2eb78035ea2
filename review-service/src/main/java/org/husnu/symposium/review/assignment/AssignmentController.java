package org.husnu.symposium.review.assignment;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.husnu.symposium.platform.security.CurrentActor;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Assignments over HTTP: chairs compute, preview and apply the automatic proposal and
 * edit pairs by hand; reviewers list their own.
 */
@RestController
class AssignmentController {

	private final AssignmentService assignments;

	AssignmentController(AssignmentService assignments) {
		this.assignments = assignments;
	}

	@PostMapping("/api/assignments/auto")
	ProposalView propose(@Valid @RequestBody(required = false) AutoRequest request) {
		return ProposalView.of(this.assignments.propose(CurrentActor.require(),
				(request != null) ? request.reviewersPerAbstract() : null));
	}

	@GetMapping("/api/assignments/auto/{proposal}")
	ProposalView proposal(@PathVariable @Size(max = 64) String proposal) {
		return ProposalView.of(this.assignments.proposal(CurrentActor.require(), proposal));
	}

	@PostMapping("/api/assignments/auto/{proposal}/apply")
	AssignmentService.Applied apply(@PathVariable @Size(max = 64) String proposal) {
		return this.assignments.apply(CurrentActor.require(), proposal);
	}

	@GetMapping("/api/assignments")
	List<AssignmentView> list() {
		return this.assignments.list(CurrentActor.require());
	}

	/**
	 * Adds a pair by hand: 201 with the new assignment, 200 with the existing one.
	 */
	@PostMapping("/api/assignments")
	ResponseEntity<AssignmentView> add(@Valid @RequestBody NewAssignment request) {
		AssignmentService.Added added = this.assignments.add(CurrentActor.require(), request.reviewer(),
				request.abstractKey());
		return ResponseEntity.status((added.created()) ? HttpStatus.CREATED : HttpStatus.OK).body(added.assignment());
	}

	@DeleteMapping("/api/assignments/{id}")
	ResponseEntity<Void> remove(@PathVariable @Size(max = 100) String id) {
		this.assignments.remove(CurrentActor.require(), id);
		return ResponseEntity.noContent().build();
	}

	/**
	 * A request for an automatic proposal.
	 *
	 * @param reviewersPerAbstract k, default from the event settings
	 */
	record AutoRequest(@Min(1) @Max(10) Integer reviewersPerAbstract) {
	}

	/**
	 * A pair a chair adds.
	 *
	 * @param reviewer the reviewer's account id or address
	 * @param abstractKey the abstract's id or number
	 */
	record NewAssignment(@NotBlank @Size(max = 254) String reviewer,
			@com.fasterxml.jackson.annotation.JsonProperty("abstract") @NotBlank @Size(max = 64) String abstractKey) {
	}

}
