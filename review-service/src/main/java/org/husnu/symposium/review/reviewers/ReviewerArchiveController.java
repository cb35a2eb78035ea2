package org.husnu.symposium.review.reviewers;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.husnu.symposium.core.reviewers.OwnPaper;
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
 * Reviewers' archives over HTTP: a reviewer's own papers, and the chairs' import.
 */
@RestController
class ReviewerArchiveController {

	private final ReviewerArchiveService archives;

	ReviewerArchiveController(ReviewerArchiveService archives) {
		this.archives = archives;
	}

	@GetMapping("/api/me/reviewer-archive")
	ArchiveView own() {
		return this.archives.archive(CurrentActor.require(), CurrentActor.require().accountId());
	}

	@PostMapping("/api/me/reviewer-archive/papers")
	ResponseEntity<ArchiveView> add(@Valid @RequestBody NewPaper paper) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(this.archives.add(CurrentActor.require(), paper.title(), paper.abstractText()));
	}

	/**
	 * Adds the papers of a JSON Lines body (one OpenReview archive line per paper).
	 */
	@PostMapping(path = "/api/me/reviewer-archive/upload",
			consumes = { "application/x-ndjson", "application/jsonl", "text/plain" })
	ArchiveView upload(@RequestBody String jsonLines) {
		return this.archives.upload(CurrentActor.require(), jsonLines);
	}

	@DeleteMapping("/api/me/reviewer-archive/papers/{paper}")
	ResponseEntity<Void> remove(@PathVariable String paper) {
		this.archives.remove(CurrentActor.require(), CurrentActor.require().accountId(), paper);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/reviewers/{reviewer}/archive")
	ArchiveView ofReviewer(@PathVariable UUID reviewer) {
		return this.archives.archive(CurrentActor.require(), reviewer);
	}

	/**
	 * Imports archives for many reviewers: JSON Lines with the reviewer's {@code email}
	 * on every line.
	 */
	@PostMapping(path = "/api/reviewer-archives/import",
			consumes = { "application/x-ndjson", "application/jsonl", "text/plain" })
	ReviewerArchiveService.ImportResult importArchives(@RequestBody String jsonLines) {
		return this.archives.importArchives(CurrentActor.require(), jsonLines);
	}

	/**
	 * A pasted paper.
	 *
	 * @param title its title
	 * @param abstractText its abstract (JSON {@code abstract})
	 */
	record NewPaper(@NotBlank @Size(max = OwnPaper.MAX_TITLE) String title,
			@JsonProperty("abstract") @Size(max = OwnPaper.MAX_TEXT) String abstractText) {
	}

}
