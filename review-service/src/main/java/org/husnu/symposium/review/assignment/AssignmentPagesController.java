package org.husnu.symposium.review.assignment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.husnu.symposium.core.DomainRuleException;
import org.husnu.symposium.core.i18n.Language;
import org.husnu.symposium.core.topics.TopicArea;
import org.husnu.symposium.platform.problems.NotFoundException;
import org.husnu.symposium.platform.referencedata.ReferenceData;
import org.husnu.symposium.platform.security.CurrentActor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The assignment pages: chairs compute, preview and apply a proposal and edit pairs by
 * hand on {@code /assignments}; reviewers see theirs on {@code /assignments/mine}.
 */
@Controller
class AssignmentPagesController {

	private final AssignmentService assignments;

	private final ReferenceData referenceData;

	AssignmentPagesController(AssignmentService assignments, ReferenceData referenceData) {
		this.assignments = assignments;
		this.referenceData = referenceData;
	}

	@GetMapping("/assignments")
	String assignments(@RequestParam(required = false) String proposal, Model model, Locale locale) {
		model.addAttribute("language", Language.of(locale));
		Map<String, String> labels = this.assignments.labels(CurrentActor.require());
		model.addAttribute("labels", labels);
		// the statement stands among the closest papers under an English title in the API
		model.addAttribute("statementTitle", TextAffinity.STATEMENT);
		// by abstract number, then reviewer address: how chairs look a pair up
		model.addAttribute("assignments", this.assignments.list(CurrentActor.require())
			.stream()
			.sorted(Comparator.comparing(AssignmentView::number, Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing((view) -> labels.getOrDefault(view.reviewer(), view.reviewer())))
			.toList());
		if (proposal != null && proposal.length() <= 64) {
			model.addAttribute("proposal",
					ProposalView.of(this.assignments.proposal(CurrentActor.require(), proposal)));
		}
		return "assignments/chairs";
	}

	@PostMapping("/assignments/auto")
	String propose(@RequestParam(required = false) Integer reviewersPerAbstract, RedirectAttributes redirect) {
		if (reviewersPerAbstract != null && (reviewersPerAbstract < 1 || reviewersPerAbstract > 10)) {
			redirect.addFlashAttribute("error", "Reviewers per abstract is between 1 and 10");
			return "redirect:/assignments";
		}
		String id = this.assignments.propose(CurrentActor.require(), reviewersPerAbstract).id();
		return "redirect:/assignments?proposal=" + id;
	}

	@PostMapping("/assignments/auto/{proposal}/apply")
	String apply(@PathVariable String proposal, RedirectAttributes redirect) {
		try {
			AssignmentService.Applied applied = this.assignments.apply(CurrentActor.require(), proposal);
			Map<String, String> labels = this.assignments.labels(CurrentActor.require());
			// flash attributes live in the shared session: plain, serialisable values
			// only
			redirect.addFlashAttribute("applied",
					new ArrayList<>(List.of(applied.applied(), applied.alreadyAssigned(), applied.skipped().size())));
			redirect.addFlashAttribute("skipped",
					new ArrayList<>(applied.skipped()
						.stream()
						.map((skip) -> labels.getOrDefault(skip.reviewer(), skip.reviewer()) + " – "
								+ labels.getOrDefault(skip.abstractId(), skip.abstractId()) + ": " + skip.reason())
						.toList()));
		}
		catch (NotFoundException ex) {
			redirect.addFlashAttribute("error", ex.getBody().getDetail());
		}
		return "redirect:/assignments";
	}

	@PostMapping("/assignments/add")
	String add(@RequestParam String reviewer, @RequestParam("abstract") String abstractKey,
			RedirectAttributes redirect) {
		try {
			AssignmentService.Added added = this.assignments.add(CurrentActor.require(), reviewer, abstractKey);
			redirect.addFlashAttribute("added", added.assignment().number());
		}
		catch (DomainRuleException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		catch (NotFoundException ex) {
			redirect.addFlashAttribute("error", ex.getBody().getDetail());
		}
		return "redirect:/assignments";
	}

	@PostMapping("/assignments/{id}/remove")
	String remove(@PathVariable String id, RedirectAttributes redirect) {
		try {
			this.assignments.remove(CurrentActor.require(), id);
			redirect.addFlashAttribute("removed", true);
		}
		catch (NotFoundException ex) {
			redirect.addFlashAttribute("error", ex.getBody().getDetail());
		}
		return "redirect:/assignments";
	}

	@GetMapping("/assignments/mine")
	String mine(Model model, Locale locale) {
		model.addAttribute("language", Language.of(locale));
		model.addAttribute("assignments",
				this.assignments.own(CurrentActor.require())
					.stream()
					.sorted(Comparator.comparing(AssignmentView::number))
					.toList());
		Map<String, String> topicNames = new LinkedHashMap<>();
		for (TopicArea area : this.referenceData.topicAreas(true)) {
			topicNames.put(area.code(), area.name().in(Language.of(locale)));
		}
		model.addAttribute("topicNames", topicNames);
		return "assignments/mine";
	}

}
