package org.husnu.symposium.review.reviewers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.husnu.symposium.core.DomainRuleException;
import org.husnu.symposium.core.access.Actor;
import org.husnu.symposium.core.i18n.Language;
import org.husnu.symposium.core.reviewers.ArchiveLines;
import org.husnu.symposium.core.reviewers.ReviewerPapers;
import org.husnu.symposium.core.reviewers.ReviewerProfile;
import org.husnu.symposium.core.topics.TopicArea;
import org.husnu.symposium.platform.problems.ConflictException;
import org.husnu.symposium.platform.problems.NotFoundException;
import org.husnu.symposium.platform.security.CurrentActor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of the reviewer pool: the chairs' pool with its invitation form, a load cap
 * per reviewer, removal with a confirmation and the import of reviewers' papers, and the
 * reviewer's own profile with their papers.
 */
@Controller
class ReviewerPagesController {

	/** Prefix of the form fields that carry a topic area's expertise level. */
	static final String EXPERTISE_FIELD = "expertise.";

	private final ReviewerPoolService pool;

	private final ReviewerRemoval removal;

	private final ReviewerArchiveService archives;

	ReviewerPagesController(ReviewerPoolService pool, ReviewerRemoval removal, ReviewerArchiveService archives) {
		this.pool = pool;
		this.removal = removal;
		this.archives = archives;
	}

	/**
	 * The pool; with {@code remove} the confirmation of removing that reviewer, naming
	 * the assignments that go with them.
	 */
	@GetMapping("/reviewers")
	String pool(@RequestParam(required = false) String remove, Model model, Locale locale) {
		Actor actor = CurrentActor.require();
		model.addAttribute("language", Language.of(locale));
		model.addAttribute("reviewers", this.pool.pool(actor));
		if (remove != null) {
			try {
				model.addAttribute("pendingRemoval", this.removal.preview(actor, remove));
			}
			catch (NotFoundException ex) {
				model.addAttribute("error", ex.getMessage());
			}
		}
		model.addAttribute("topicAreas", this.pool.topicAreas());
		model.addAttribute("maxLoad", ReviewerProfile.MAX_LOAD);
		model.addAttribute("defaultLoad", ReviewerPoolService.DEFAULT_MAX_LOAD);
		model.addAttribute("paperCounts", this.archives.paperCounts(CurrentActor.require()));
		return "reviewers/pool";
	}

	@PostMapping("/reviewers/archives/import")
	String importArchives(@RequestParam("file") MultipartFile file, RedirectAttributes redirect) {
		try {
			ReviewerArchiveService.ImportResult result = this.archives.importArchives(CurrentActor.require(),
					text(file));
			redirect.addFlashAttribute("importedPapers", result.papers());
			redirect.addFlashAttribute("importedReviewers", result.reviewers().size());
		}
		catch (DomainRuleException | ConflictException ex) {
			redirect.addFlashAttribute("importError", ex.getMessage());
		}
		return "redirect:/reviewers#import-papers";
	}

	@PostMapping("/reviewers/invite")
	String invite(@RequestParam String email, @RequestParam(required = false) Integer maxLoad,
			RedirectAttributes redirect) {
		try {
			ReviewerPoolService.Invitation result = this.pool.invite(CurrentActor.require(), email,
					boundedLoad(maxLoad));
			redirect.addFlashAttribute((result.created()) ? "invited" : "alreadyInvited", result.reviewer().email());
		}
		catch (DomainRuleException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/reviewers";
	}

	@PostMapping("/reviewers/{id}/cap")
	String changeCap(@PathVariable String id, @RequestParam(required = false) Integer maxLoad,
			RedirectAttributes redirect) {
		try {
			DomainRuleException.require(maxLoad != null, "reviewer.load",
					"Enter a maximum load from 0 to " + ReviewerProfile.MAX_LOAD);
			ReviewerView changed = this.pool.changeCap(CurrentActor.require(), id, boundedLoad(maxLoad));
			redirect.addFlashAttribute("capChanged", List.of(changed.email(), Integer.toString(changed.maxLoad())));
		}
		catch (DomainRuleException | NotFoundException | ConflictException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/reviewers";
	}

	@PostMapping("/reviewers/{id}/remove")
	String remove(@PathVariable String id, @RequestParam(defaultValue = "false") boolean removeAssignments,
			RedirectAttributes redirect) {
		try {
			ReviewerRemoval.Removal removed = this.removal.remove(CurrentActor.require(), id, removeAssignments);
			redirect.addFlashAttribute("removed",
					List.of(removed.email(), Long.toString(removed.removedAssignments())));
		}
		catch (DomainRuleException | NotFoundException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/reviewers";
	}

	@GetMapping("/profile/reviewer")
	String profile(Model model, Locale locale) {
		model.addAttribute("language", Language.of(locale));
		if (!model.containsAttribute("profile")) {
			model.addAttribute("profile", this.pool.own(CurrentActor.require()));
		}
		model.addAttribute("topicAreas", this.pool.topicAreas());
		model.addAttribute("levels", List.of(0, 1, 2, 3));
		model.addAttribute("maxLoad", ReviewerProfile.MAX_LOAD);
		model.addAttribute("archive",
				this.archives.archive(CurrentActor.require(), CurrentActor.require().accountId()));
		return "reviewers/profile";
	}

	@PostMapping("/profile/reviewer/papers")
	String addPaper(@RequestParam String title, @RequestParam(name = "abstract", required = false) String text,
			RedirectAttributes redirect) {
		try {
			this.archives.add(CurrentActor.require(), title, text);
			redirect.addFlashAttribute("paperAdded", true);
		}
		catch (DomainRuleException | ConflictException ex) {
			redirect.addFlashAttribute("archiveError", ex.getMessage());
		}
		return "redirect:/profile/reviewer#archive";
	}

	@PostMapping("/profile/reviewer/papers/upload")
	String uploadPapers(@RequestParam("file") MultipartFile file, RedirectAttributes redirect) {
		try {
			String text = text(file);
			int read = ArchiveLines.read(text, "upload", Instant.EPOCH, false).size();
			this.archives.upload(CurrentActor.require(), text);
			redirect.addFlashAttribute("papersUploaded", read);
		}
		catch (DomainRuleException | ConflictException ex) {
			redirect.addFlashAttribute("archiveError", ex.getMessage());
		}
		return "redirect:/profile/reviewer#archive";
	}

	@PostMapping("/profile/reviewer/papers/remove")
	String removePaper(@RequestParam String paper, RedirectAttributes redirect) {
		try {
			this.archives.remove(CurrentActor.require(), CurrentActor.require().accountId(), paper);
			redirect.addFlashAttribute("paperRemoved", true);
		}
		catch (DomainRuleException | ConflictException | NotFoundException ex) {
			redirect.addFlashAttribute("archiveError", ex.getMessage());
		}
		return "redirect:/profile/reviewer#archive";
	}

	private static String text(MultipartFile file) {
		DomainRuleException.require(file.getSize() <= ReviewerPapers.MAX_UPLOAD_BYTES, "archive.upload.too-large",
				"A JSON Lines file has at most " + ReviewerPapers.MAX_UPLOAD_BYTES / 1000
						+ " kB; split it, or keep the papers that show the expertise best");
		try {
			return new String(file.getBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new DomainRuleException("archive.upload.unreadable", "The file could not be read; upload it again");
		}
	}

	@PostMapping("/profile/reviewer")
	String saveProfile(@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		Actor actor = CurrentActor.require();
		try {
			this.pool.update(actor, change(form));
			redirect.addFlashAttribute("saved", true);
		}
		catch (DomainRuleException | ConflictException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/profile/reviewer";
	}

	private ReviewerPoolService.ProfileChange change(Map<String, String> form) {
		Map<String, Integer> expertise = new LinkedHashMap<>();
		for (TopicArea area : this.pool.topicAreas()) {
			String level = form.get(EXPERTISE_FIELD + area.code());
			if (level != null && !level.isBlank()) {
				expertise.put(area.code(), number(level, "reviewer.expertise", "Choose a level from 0 to 3"));
			}
		}
		List<String> keywords = Arrays.stream(form.getOrDefault("keywords", "").split("[,\\n、，]"))
			.map(String::strip)
			.filter((keyword) -> !keyword.isEmpty())
			.toList();
		Integer maxLoad = boundedLoad(
				number(form.getOrDefault("maxLoad", ""), "reviewer.load", "Enter a maximum load from 0 to 50"));
		String version = form.getOrDefault("version", "");
		return new ReviewerPoolService.ProfileChange(expertise, form.get("statement"), keywords, form.get("department"),
				maxLoad, (version.isBlank()) ? null : (long) number(version, "reviewer.version", "Reload the page"));
	}

	private static Integer boundedLoad(Integer maxLoad) {
		DomainRuleException.require(maxLoad == null || (maxLoad >= 0 && maxLoad <= ReviewerProfile.MAX_LOAD),
				"reviewer.load", "A maximum load is between 0 and " + ReviewerProfile.MAX_LOAD + " abstracts");
		return maxLoad;
	}

	private static int number(String text, String code, String message) {
		try {
			return Integer.parseInt(text.strip());
		}
		catch (NumberFormatException ex) {
			throw new DomainRuleException(code, message);
		}
	}

}
