package org.husnu.symposium.review.speakers;

import org.husnu.symposium.platform.security.CurrentActor;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The chairs' speaker API: where each talk's speaker stands, invitations and reminders.
 */
@RestController
class SpeakerController {

	private final Speakers speakers;

	SpeakerController(Speakers speakers) {
		this.speakers = speakers;
	}

	@GetMapping("/api/program/speakers")
	Speakers.Overview speakers() {
		return this.speakers.overview(CurrentActor.require());
	}

	@PostMapping("/api/program/speakers/invite")
	Speakers.Invited invite() {
		return this.speakers.inviteAll(CurrentActor.require());
	}

	@PostMapping("/api/program/speakers/{abstract}/remind")
	Speakers.SpeakerRow remind(@PathVariable("abstract") String abstractRef,
			@RequestParam(defaultValue = "false") boolean force) {
		return this.speakers.remind(CurrentActor.require(), abstractRef, force);
	}

}
