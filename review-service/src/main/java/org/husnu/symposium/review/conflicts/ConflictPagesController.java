package org.husnu.symposium.review.conflicts;

import java.util.List;
import java.util.UUID;

import org.husnu.symposium.core.DomainRuleException;
import org.husnu.symposium.core.conflicts.ConflictReason;
import org.husnu.symposium.platform.problems.NotFoundException;
import org.husnu.symposium.platform.security.CurrentActor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The chairs' conflicts page: every conflict with its reason, who declared it, and a form
 * to override a computed one.
 */
@Controller
class ConflictPagesController {

	private final ConflictService conflicts;

	ConflictPagesController(ConflictService conflicts) {
		this.conflicts = conflicts;
	}

	@GetMapping("/conflicts")
	String conflicts(Model model) {
		model.addAttribute("conflicts", this.conflicts.all(CurrentActor.require()));
		model.addAttribute("maxReason", ConflictController.MAX_REASON);
		return "conflicts/list";
	}

	@PostMapping("/conflicts/override")
	String override(@RequestParam("abstract") String abstractKey, @RequestParam UUID reviewer,
			@RequestParam ConflictReason conflict, @RequestParam(defaultValue = "") String reason,
			RedirectAttributes redirect) {
		try {
			DomainRuleException.require(reason.length() <= ConflictController.MAX_REASON, "conflict.override.reason",
					"Say why in at most " + ConflictController.MAX_REASON + " characters");
			this.conflicts.override(CurrentActor.require(), abstractKey, reviewer, conflict, reason);
			redirect.addFlashAttribute("overridden", List.of(abstractKey, conflict.name()));
		}
		catch (DomainRuleException | NotFoundException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/conflicts";
	}

}
