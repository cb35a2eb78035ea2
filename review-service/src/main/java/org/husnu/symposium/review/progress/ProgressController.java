package org.husnu.symposium.review.progress;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.husnu.symposium.platform.security.CurrentActor;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reviewing progress and reminders over HTTP, for chairs.
 */
@RestController
class ProgressController {

	private final Reminders reminders;

	ProgressController(Reminders reminders) {
		this.reminders = reminders;
	}

	@GetMapping("/api/progress")
	Progress progress() {
		return this.reminders.progress(CurrentActor.require());
	}

	@GetMapping("/api/progress/reminders/preview")
	Reminders.Preview preview(@RequestParam @Size(max = 64) String reviewer) {
		return this.reminders.preview(CurrentActor.require(), reviewer);
	}

	@PostMapping("/api/progress/reminders")
	Reminders.Sent send(@Valid @RequestBody ReminderRequest request) {
		return this.reminders.send(CurrentActor.require(), request.reviewers(),
				Boolean.TRUE.equals(request.allIncomplete()), Boolean.TRUE.equals(request.force()));
	}

	/**
	 * Whom to remind.
	 *
	 * @param reviewers reviewers' account ids
	 * @param allIncomplete every reviewer with unfinished reviews instead
	 * @param force also those reminded within the rate limit
	 */
	record ReminderRequest(@Size(max = Reminders.MAX_REVIEWERS) List<@NotBlank @Size(max = 64) String> reviewers,
			Boolean allIncomplete, Boolean force) {
	}

}
