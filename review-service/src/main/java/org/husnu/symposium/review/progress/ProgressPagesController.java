package org.husnu.symposium.review.progress;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.husnu.symposium.platform.problems.ProblemException;
import org.husnu.symposium.platform.security.CurrentActor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The chairs' progress page {@code /progress}, the preview of reminders and sending them
 * on confirmation.
 */
@Controller
class ProgressPagesController {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final Reminders reminders;

	ProgressPagesController(Reminders reminders) {
		this.reminders = reminders;
	}

	@GetMapping("/progress")
	String progress(@RequestParam(defaultValue = "false") boolean incomplete, Model model) {
		Progress progress = this.reminders.progress(CurrentActor.require());
		model.addAttribute("progress", progress);
		model.addAttribute("incomplete", incomplete);
		model.addAttribute("reviewers",
				progress.reviewers().stream().filter((reviewer) -> !incomplete || !reviewer.complete()).toList());
		model.addAttribute("abstracts",
				progress.abstracts().stream().filter((submission) -> !incomplete || !submission.complete()).toList());
		model.addAttribute("rateLimitHours", this.reminders.hours());
		Map<UUID, String> times = new HashMap<>();
		ZoneId zone = ZoneId.of(progress.deadline().zone());
		progress.reviewers()
			.stream()
			.filter((reviewer) -> reviewer.lastRemindedAt() != null)
			.forEach((reviewer) -> times.put(reviewer.id(), local(reviewer.lastRemindedAt(), zone)));
		model.addAttribute("times", times);
		return "progress/chairs";
	}

	@GetMapping("/progress/reminders/preview")
	String preview(@RequestParam(required = false) String reviewer, @RequestParam(defaultValue = "false") boolean all,
			Model model, RedirectAttributes redirect) {
		List<Reminders.Preview> previews;
		try {
			previews = (all || reviewer == null) ? this.reminders.previewAllIncomplete(CurrentActor.require())
					: List.of(this.reminders.preview(CurrentActor.require(), reviewer));
		}
		catch (ProblemException ex) {
			redirect.addFlashAttribute("error", ex.getBody().getDetail());
			return "redirect:/progress";
		}
		model.addAttribute("previews", previews);
		model.addAttribute("all", all || reviewer == null);
		model.addAttribute("anyRateLimited", previews.stream().anyMatch(Reminders.Preview::rateLimited));
		model.addAttribute("rateLimitHours", this.reminders.hours());
		ZoneId zone = ZoneId.of(this.reminders.zone());
		Map<UUID, String> times = new HashMap<>();
		previews.stream()
			.filter((preview) -> preview.remindableAt() != null)
			.forEach((preview) -> times.put(preview.reviewer(), local(preview.remindableAt(), zone)));
		model.addAttribute("times", times);
		return "progress/preview";
	}

	@PostMapping("/progress/reminders")
	String send(@RequestParam(name = "reviewer", required = false) List<String> reviewers,
			@RequestParam(defaultValue = "false") boolean force, RedirectAttributes redirect) {
		try {
			Reminders.Sent sent = this.reminders.send(CurrentActor.require(), reviewers, false, force);
			// flash attributes live in the shared session: plain, serialisable values
			// only
			redirect.addFlashAttribute("sent", new ArrayList<>(List.of(sent.queued().size(), sent.skipped().size())));
			redirect.addFlashAttribute("sentTo",
					new ArrayList<>(sent.queued().stream().map(Reminders.Queued::to).toList()));
		}
		catch (ProblemException ex) {
			redirect.addFlashAttribute("error", ex.getBody().getDetail());
		}
		return "redirect:/progress";
	}

	private static String local(Instant instant, ZoneId zone) {
		return TIME.format(instant.atZone(zone)) + " (" + zone.getId() + ")";
	}

}
