package org.husnu.symposium.review.conflicts;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.husnu.symposium.core.access.Actor;
import org.husnu.symposium.core.conflicts.ConflictReason;
import org.husnu.symposium.platform.security.CurrentActor;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Conflicts of interest over HTTP: chairs list all and override computed ones, reviewers
 * declare their own, chairs anyone's.
 */
@RestController
class ConflictController {

	/** Longest reason or note accepted. */
	static final int MAX_REASON = 500;

	private final ConflictService conflicts;

	ConflictController(ConflictService conflicts) {
		this.conflicts = conflicts;
	}

	@GetMapping("/api/conflicts")
	List<ConflictView> all() {
		return this.conflicts.all(CurrentActor.require());
	}

	/**
	 * Declares a conflict: 201 when it is new, 200 when it was declared already.
	 */
	@PostMapping("/api/conflicts")
	ResponseEntity<Declared> declare(@Valid @RequestBody DeclareRequest request) {
		Actor actor = CurrentActor.require();
		boolean created = this.conflicts.declare(actor, request.abstractKey(), request.reviewer(), request.reason());
		UUID reviewer = (request.reviewer() != null) ? request.reviewer() : actor.accountId();
		return ResponseEntity.status((created) ? HttpStatus.CREATED : HttpStatus.OK)
			.body(new Declared(request.abstractKey(), reviewer, ConflictReason.DECLARED, request.reason()));
	}

	@PostMapping("/api/conflicts/override")
	Overridden override(@Valid @RequestBody OverrideRequest request) {
		Set<ConflictReason> overridden = this.conflicts.override(CurrentActor.require(), request.abstractKey(),
				request.reviewer(), request.conflict(), request.reason());
		return new Overridden(request.abstractKey(), request.reviewer(), overridden, request.reason());
	}

	/**
	 * A declaration.
	 *
	 * @param abstractKey the abstract's id or number (JSON {@code abstract})
	 * @param reviewer the reviewer; leave out to declare your own
	 * @param reason why, in a few words
	 */
	record DeclareRequest(@JsonProperty("abstract") @NotBlank @Size(max = 40) String abstractKey, UUID reviewer,
			@Size(max = MAX_REASON) String reason) {
	}

	/**
	 * A chair's override.
	 *
	 * @param abstractKey the abstract's id or number (JSON {@code abstract})
	 * @param reviewer the reviewer
	 * @param conflict the computed reason to override; leave out for all of the pair's
	 * @param reason why the chair overrides it
	 */
	record OverrideRequest(@JsonProperty("abstract") @NotBlank @Size(max = 40) String abstractKey,
			@NotNull UUID reviewer, ConflictReason conflict, @NotBlank @Size(max = MAX_REASON) String reason) {
	}

	/**
	 * The answer to a declaration.
	 *
	 * @param abstractKey the abstract as given
	 * @param reviewer the reviewer
	 * @param reason always {@code DECLARED}
	 * @param note what was written
	 */
	record Declared(@JsonProperty("abstract") String abstractKey, UUID reviewer, ConflictReason reason, String note) {
	}

	/**
	 * The answer to an override.
	 *
	 * @param abstractKey the abstract as given
	 * @param reviewer the reviewer
	 * @param overridden the computed reasons now overridden
	 * @param reason why
	 */
	record Overridden(@JsonProperty("abstract") String abstractKey, UUID reviewer, Set<ConflictReason> overridden,
			String reason) {
	}

}
