package org.husnu.symposium.review.decisions;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.husnu.symposium.platform.security.CurrentActor;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Decisions over HTTP, for chairs only: decide one or many (held), undo a held one, list
 * them, release all held ones.
 */
@RestController
class DecisionController {

	private final DecisionService decisions;

	private final DecisionRelease release;

	DecisionController(DecisionService decisions, DecisionRelease release) {
		this.decisions = decisions;
		this.release = release;
	}

	@GetMapping("/api/decisions")
	List<DecisionView> list() {
		return this.decisions.list(CurrentActor.require());
	}

	@PutMapping("/api/decisions/{abstract}")
	DecisionView decide(@PathVariable("abstract") @Size(max = 64) String abstractKey,
			@Valid @RequestBody OutcomeRequest request) {
		return this.decisions.decide(CurrentActor.require(), abstractKey, request.outcome());
	}

	@DeleteMapping("/api/decisions/{abstract}")
	ResponseEntity<Void> undo(@PathVariable("abstract") @Size(max = 64) String abstractKey) {
		this.decisions.undo(CurrentActor.require(), abstractKey);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/decisions/bulk")
	List<DecisionView> bulk(@Valid @RequestBody BulkRequest request) {
		return this.decisions.decideAll(CurrentActor.require(), request.abstracts(), request.outcome());
	}

	@PostMapping("/api/decisions/release")
	DecisionRelease.Released release() {
		return this.release.release(CurrentActor.require());
	}

	/**
	 * The outcome of one decision.
	 *
	 * @param outcome {@code ACCEPT_ORAL}, {@code ACCEPT_POSTER} or {@code REJECT}
	 */
	record OutcomeRequest(@Size(max = 32) String outcome) {
	}

	/**
	 * One outcome for many abstracts.
	 *
	 * @param abstracts the abstracts' ids or numbers
	 * @param outcome {@code ACCEPT_ORAL}, {@code ACCEPT_POSTER} or {@code REJECT}
	 */
	record BulkRequest(@Size(max = DecisionService.MAX_BULK + 1) List<@Size(max = 64) String> abstracts,
			@Size(max = 32) String outcome) {
	}

}
