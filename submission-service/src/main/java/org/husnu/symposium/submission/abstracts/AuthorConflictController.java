package org.husnu.symposium.submission.abstracts;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.abstracts.DeclaredConflict;
import org.husnu.symposium.core.access.Actor;
import org.husnu.symposium.platform.security.CurrentActor;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Authors' conflicts with reviewers over HTTP: the pool's names to choose from, and the
 * declaration on an abstract.
 */
@RestController
class AuthorConflictController {

	private final AuthorConflicts conflicts;

	private final AbstractViews views;

	AuthorConflictController(AuthorConflicts conflicts, AbstractViews views) {
		this.conflicts = conflicts;
		this.views = views;
	}

	@GetMapping("/api/reviewer-pool")
	List<ReviewerPool.Member> pool() {
		return this.conflicts.pool(CurrentActor.require());
	}

	@PutMapping("/api/abstracts/{id}/conflicts")
	AbstractView declare(@PathVariable String id, @Valid @RequestBody ConflictsRequest request, Locale locale) {
		Actor actor = CurrentActor.require();
		List<DeclaredConflict> declared = request.reviewers()
			.stream()
			.map((entry) -> new DeclaredConflict(entry.reviewer(), entry.reason()))
			.toList();
		AbstractSubmission saved = this.conflicts.declare(actor, id, declared, request.version());
		return this.views.of(actor, saved, locale);
	}

	/**
	 * Every reviewer the authors conflict with; it replaces the earlier declaration.
	 *
	 * @param reviewers the reviewers, each once (an empty list clears the declaration)
	 * @param version the abstract's version the author loaded; left out, not checked
	 */
	record ConflictsRequest(
			@NotNull @Size(max = AbstractSubmission.MAX_DECLARED_CONFLICTS) List<@NotNull @Valid Entry> reviewers,
			Long version) {
	}

	/**
	 * One reviewer.
	 *
	 * @param reviewer the reviewer's id from {@code GET /api/reviewer-pool}
	 * @param reason why, in a few words
	 */
	record Entry(@NotNull UUID reviewer, @Size(max = DeclaredConflict.MAX_REASON) String reason) {
	}

}
