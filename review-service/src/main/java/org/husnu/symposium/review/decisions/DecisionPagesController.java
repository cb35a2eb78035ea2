package org.husnu.symposium.review.decisions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.husnu.symposium.core.DomainRuleException;
import org.husnu.symposium.core.access.AccessPolicy;
import org.husnu.symposium.core.access.Actor;
import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.decisions.DecisionOutcome;
import org.husnu.symposium.core.decisions.DecisionState;
import org.husnu.symposium.platform.accounts.AccountDirectory;
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
 * The chairs' decisions page: held and released decisions with change and undo per row,
 * the mails a release would send, and the release itself behind a confirmation step. The
 * ranking page's bulk form posts here too.
 */
@Controller
class DecisionPagesController {

	private static final String PAGE = "redirect:/decisions";

	private final DecisionService decisions;

	private final DecisionRelease release;

	private final AccountDirectory accounts;

	DecisionPagesController(DecisionService decisions, DecisionRelease release, AccountDirectory accounts) {
		this.decisions = decisions;
		this.release = release;
		this.accounts = accounts;
	}

	@GetMapping("/decisions")
	String page(@RequestParam(required = false) String confirm, Model model) {
		Actor actor = CurrentActor.require();
		List<DecisionView> all = this.decisions.list(actor);
		long held = all.stream().filter((decision) -> decision.state() == DecisionState.HELD).count();
		Map<String, Long> counts = new LinkedHashMap<>();
		for (DecisionOutcome outcome : DecisionOutcome.values()) {
			counts.put(outcome.name(), all.stream().filter((decision) -> decision.outcome() == outcome).count());
		}
		Map<String, String> chairs = new LinkedHashMap<>();
		for (Account account : this.accounts
			.findAllById(all.stream().map(DecisionView::decidedBy).distinct().toList())) {
			chairs.put(account.id().toString(), (account.name() != null) ? account.name() : account.email());
		}
		model.addAttribute("decisions", all);
		model.addAttribute("held", held);
		model.addAttribute("released", all.size() - held);
		model.addAttribute("counts", counts);
		model.addAttribute("chairs", chairs);
		model.addAttribute("outcomes", DecisionOutcome.values());
		model.addAttribute("confirm", "release".equals(confirm) && held > 0);
		return "decisions/chairs";
	}

	@GetMapping("/decisions/preview")
	String preview(Model model) {
		model.addAttribute("previews", this.decisions.preview(CurrentActor.require()));
		return "decisions/preview";
	}

	@PostMapping("/decisions/bulk")
	String bulk(@RequestParam(name = "abstract", required = false) List<String> abstracts,
			@RequestParam(required = false) String outcome, @RequestParam(required = false) String returnTo,
			RedirectAttributes redirect) {
		Actor actor = CurrentActor.require();
		AccessPolicy.requireDecide(actor);
		try {
			int decided = this.decisions.decideAll(actor, abstracts, outcome).size();
			redirect.addFlashAttribute("decided", decided);
		}
		catch (DomainRuleException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		catch (ProblemException ex) {
			redirect.addFlashAttribute("error", ex.getBody().getDetail());
		}
		return "redirect:" + safeReturn(returnTo);
	}

	@PostMapping("/decisions/{abstract}")
	String decide(@PathVariable("abstract") UUID abstractId, @RequestParam(required = false) String outcome,
			RedirectAttributes redirect) {
		try {
			DecisionView decision = this.decisions.decide(CurrentActor.require(), abstractId.toString(), outcome);
			redirect.addFlashAttribute("changed", decision.number());
			redirect.addFlashAttribute("heldAgain", decision.heldAgain());
		}
		catch (DomainRuleException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		catch (ProblemException ex) {
			redirect.addFlashAttribute("error", ex.getBody().getDetail());
		}
		return PAGE;
	}

	@PostMapping("/decisions/{abstract}/undo")
	String undo(@PathVariable("abstract") UUID abstractId, RedirectAttributes redirect) {
		try {
			this.decisions.undo(CurrentActor.require(), abstractId.toString());
			redirect.addFlashAttribute("undone", true);
		}
		catch (ProblemException ex) {
			redirect.addFlashAttribute("error", ex.getBody().getDetail());
		}
		return PAGE;
	}

	@PostMapping("/decisions/release")
	String release(RedirectAttributes redirect) {
		DecisionRelease.Released released = this.release.release(CurrentActor.require());
		// flash attributes live in the shared session: plain, serialisable values only
		redirect.addFlashAttribute("releasedNow",
				new ArrayList<>(List.of(released.released().size(), released.mailsQueued())));
		return PAGE;
	}

	/**
	 * Where the bulk form goes back to: the ranking or this page, never elsewhere.
	 */
	static String safeReturn(String returnTo) {
		if (returnTo != null && returnTo.length() <= 2000
				&& (returnTo.startsWith("/rankings") || returnTo.startsWith("/decisions"))
				&& returnTo.chars().noneMatch((c) -> c == '\\' || c == '\r' || c == '\n') && !returnTo.contains("//")) {
			return returnTo;
		}
		return "/decisions";
	}

}
