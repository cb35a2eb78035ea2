package org.husnu.symposium.review.speakers;

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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The chairs' speakers page {@code /program/speakers}: every talk of the working program
 * with its speaker's status, "Invite all not yet invited" and a reminder per talk.
 */
@Controller
class SpeakerPagesController {

	private static final String BACK = "redirect:/program/speakers";

	private final Speakers speakers;

	SpeakerPagesController(Speakers speakers) {
		this.speakers = speakers;
	}

	@GetMapping("/program/speakers")
	String page(Model model) {
		Speakers.Overview overview = this.speakers.overview(CurrentActor.require());
		model.addAttribute("overview", overview);
		Map<UUID, Map<String, String>> times = new HashMap<>();
		for (Speakers.SpeakerRow row : overview.talks()) {
			Map<String, String> local = new HashMap<>();
			local.put("invitedAt", ScheduledTalk.local(row.invitedAt()));
			local.put("remindedAt", ScheduledTalk.local(row.remindedAt()));
			local.put("respondedAt", ScheduledTalk.local(row.respondedAt()));
			times.put(row.abstractId(), local);
		}
		model.addAttribute("times", times);
		model.addAttribute("zone", ScheduledTalk.ZONE.getId());
		return "speakers/chairs";
	}

	@PostMapping("/program/speakers/invite")
	String invite(RedirectAttributes redirect) {
		try {
			Speakers.Invited invited = this.speakers.inviteAll(CurrentActor.require());
			// flash attributes live in the shared session: plain, serialisable values
			redirect.addFlashAttribute("invited",
					new ArrayList<>(List.of(invited.invited(), invited.alreadyCurrent())));
		}
		catch (ProblemException ex) {
			redirect.addFlashAttribute("error", ex.getBody().getDetail());
		}
		return BACK;
	}

	@PostMapping("/program/speakers/{abstract}/remind")
	String remind(@PathVariable("abstract") String abstractRef, @RequestParam(defaultValue = "false") boolean force,
			RedirectAttributes redirect) {
		try {
			Speakers.SpeakerRow row = this.speakers.remind(CurrentActor.require(), abstractRef, force);
			redirect.addFlashAttribute("reminded", row.number());
		}
		catch (ProblemException ex) {
			redirect.addFlashAttribute("error", ex.getBody().getDetail());
		}
		return BACK;
	}

}
