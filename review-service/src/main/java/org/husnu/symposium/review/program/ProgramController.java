package org.husnu.symposium.review.program;

import java.util.List;

import jakarta.validation.Valid;
import org.husnu.symposium.platform.security.CurrentActor;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The working program over HTTP, for chairs only: read it with its warnings, replace it
 * as a whole with its version, move one talk, publish it, list the publications.
 */
@RestController
class ProgramController {

	private final ProgramService programs;

	private final ProgramEditor editor;

	private final ProgramViews views;

	private final ProgramPublishing publishing;

	ProgramController(ProgramService programs, ProgramEditor editor, ProgramViews views, ProgramPublishing publishing) {
		this.programs = programs;
		this.editor = editor;
		this.views = views;
		this.publishing = publishing;
	}

	@GetMapping("/api/program")
	ProgramView program() {
		return this.views.of(this.programs.current(CurrentActor.require()));
	}

	@PutMapping("/api/program")
	ProgramView replace(@Valid @RequestBody ProgramRequest request) {
		return this.views.of(this.editor.replace(CurrentActor.require(), request));
	}

	@PostMapping("/api/program/move")
	ProgramView move(@Valid @RequestBody ProgramRequest.MoveRequest request) {
		return this.views.of(this.editor.move(CurrentActor.require(), request.version(), request.talk(),
				request.session(), request.position()));
	}

	@PostMapping("/api/program/publish")
	ProgramPublishing.Published publish(@RequestBody ProgramRequest.PublishRequest request) {
		return this.publishing.publish(CurrentActor.require(), request.version(),
				Boolean.TRUE.equals(request.confirm()));
	}

	@GetMapping("/api/program/publications")
	List<ProgramPublishing.PublicationSummary> publications() {
		return this.publishing.list(CurrentActor.require());
	}

}
