package org.husnu.symposium.review.program;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.husnu.symposium.core.DomainRuleException;
import org.husnu.symposium.core.access.Actor;
import org.husnu.symposium.core.i18n.Language;
import org.husnu.symposium.core.program.Program;
import org.husnu.symposium.core.program.ProgramSession;
import org.husnu.symposium.platform.problems.ProblemException;
import org.husnu.symposium.platform.referencedata.ReferenceData;
import org.husnu.symposium.platform.security.CurrentActor;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The chairs' program editor ({@code /program/edit}): every change is a plain form with
 * the program's version (no drag and drop, no script needed), answered by a redirect to
 * the editor with a notice or the reason it was refused; publishing goes through a
 * confirmation step that lists the unresolved warnings.
 */
@Controller
class ProgramPagesController {

	static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

	private static final String PAGE = "redirect:/program/edit";

	private final ProgramService programs;

	private final ProgramEditor editor;

	private final ProgramViews views;

	private final ProgramPublishing publishing;

	private final ProgramChairs chairs;

	private final ReferenceData referenceData;

	private final MessageSource messages;

	ProgramPagesController(ProgramService programs, ProgramEditor editor, ProgramViews views,
			ProgramPublishing publishing, ProgramChairs chairs, ReferenceData referenceData, MessageSource messages) {
		this.programs = programs;
		this.editor = editor;
		this.views = views;
		this.publishing = publishing;
		this.chairs = chairs;
		this.referenceData = referenceData;
		this.messages = messages;
	}

	@GetMapping("/program/edit")
	String page(@RequestParam(required = false) String confirm, Model model) {
		Actor actor = CurrentActor.require();
		Program program = this.programs.current(actor);
		ProgramView view = this.views.of(program);
		List<ProgramView.ChairView> candidates = this.chairs.candidates(actor);
		model.addAttribute("view", view);
		Language language = Language.of(LocaleContextHolder.getLocale());
		model.addAttribute("topics", this.referenceData.topicAreas(false));
		Map<String, String> topicNames = new HashMap<>();
		this.referenceData.topicAreas(true).forEach((topic) -> topicNames.put(topic.code(), topic.name().in(language)));
		model.addAttribute("topicNames", topicNames);
		model.addAttribute("candidates", candidates);
		model.addAttribute("noTopics", List.of());
		model.addAttribute("defaultChairs", ProgramChairs.oneEach(candidates));
		model.addAttribute("defaultDate", program.sessions().isEmpty() ? LocalDate.now(ZONE).plusMonths(1)
				: LocalDate.ofInstant(program.sessions().get(0).start(), ZONE));
		model.addAttribute("confirmPublish", "publish".equals(confirm) && !program.talks().isEmpty());
		model.addAttribute("zone", ZONE.getId());
		model.addAttribute("language", language);
		return "program/edit";
	}

	@PostMapping("/program/edit/sessions")
	String addSession(@RequestParam(required = false) Long version, SessionForm form, RedirectAttributes redirect) {
		return change(redirect, "program.edit.saved.session",
				() -> this.editor.saveSession(CurrentActor.require(), version, form.toSession(UUID.randomUUID())));
	}

	@PostMapping("/program/edit/sessions/{session}")
	String saveSession(@PathVariable UUID session, @RequestParam(required = false) Long version, SessionForm form,
			RedirectAttributes redirect) {
		return change(redirect, "program.edit.saved.session",
				() -> this.editor.saveSession(CurrentActor.require(), version, form.toSession(session)));
	}

	@PostMapping("/program/edit/sessions/{session}/delete")
	String deleteSession(@PathVariable UUID session, @RequestParam(required = false) Long version,
			RedirectAttributes redirect) {
		return change(redirect, "program.edit.saved.deleted",
				() -> this.editor.deleteSession(CurrentActor.require(), version, session));
	}

	@PostMapping("/program/edit/breaks")
	String addBreak(@RequestParam UUID session, @RequestParam(required = false) Long version,
			@RequestParam(required = false) String label, @RequestParam(defaultValue = "15") int minutes,
			@RequestParam(required = false) Integer position, RedirectAttributes redirect) {
		return change(redirect, "program.edit.saved.break", () -> this.editor.addBreak(CurrentActor.require(), version,
				session, label, minutes, (position != null && position >= 0) ? position : null));
	}

	@PostMapping("/program/edit/sessions/{session}/slots/{index}/delete")
	String removeSlot(@PathVariable UUID session, @PathVariable int index, @RequestParam(required = false) Long version,
			RedirectAttributes redirect) {
		return change(redirect, "program.edit.saved.removed",
				() -> this.editor.removeSlot(CurrentActor.require(), version, session, index));
	}

	@PostMapping("/program/edit/move")
	String move(@RequestParam("abstract") UUID talk, @RequestParam(required = false) UUID session,
			@RequestParam(required = false) Long version, RedirectAttributes redirect) {
		if (session == null) {
			redirect.addFlashAttribute("error", message("program.edit.error.noSession", "Choose a session"));
			return PAGE;
		}
		return change(redirect, "program.edit.saved.moved",
				() -> this.editor.moveTo(CurrentActor.require(), version, talk, session, null));
	}

	@PostMapping("/program/edit/talks/{abstract}/up")
	String up(@PathVariable("abstract") UUID talk, @RequestParam(required = false) Long version,
			RedirectAttributes redirect) {
		return change(redirect, "program.edit.saved.moved",
				() -> this.editor.moveUp(CurrentActor.require(), version, talk));
	}

	@PostMapping("/program/edit/talks/{abstract}/down")
	String down(@PathVariable("abstract") UUID talk, @RequestParam(required = false) Long version,
			RedirectAttributes redirect) {
		return change(redirect, "program.edit.saved.moved",
				() -> this.editor.moveDown(CurrentActor.require(), version, talk));
	}

	@PostMapping("/program/edit/talks/{abstract}/remove")
	String remove(@PathVariable("abstract") UUID talk, @RequestParam(required = false) Long version,
			RedirectAttributes redirect) {
		return change(redirect, "program.edit.saved.removed",
				() -> this.editor.remove(CurrentActor.require(), version, talk));
	}

	@PostMapping("/program/publish")
	String publish(@RequestParam(required = false) Long version, @RequestParam(defaultValue = "false") boolean confirm,
			RedirectAttributes redirect) {
		try {
			ProgramPublishing.Published published = this.publishing.publish(CurrentActor.require(), version, confirm);
			redirect.addFlashAttribute("publishedNow", published.number());
		}
		catch (ProblemException ex) {
			redirect.addFlashAttribute("error", problem(ex));
		}
		return PAGE;
	}

	private String change(RedirectAttributes redirect, String notice, Supplier<Program> change) {
		try {
			change.get();
			redirect.addFlashAttribute("notice", message(notice, "Saved"));
		}
		catch (DomainRuleException ex) {
			redirect.addFlashAttribute("error", message("program.edit.error." + ex.code(), ex.getMessage()));
		}
		catch (ProblemException ex) {
			redirect.addFlashAttribute("error", problem(ex));
		}
		return PAGE;
	}

	private String problem(ProblemException ex) {
		Object code = (ex.getBody().getProperties() != null) ? ex.getBody().getProperties().get("code") : null;
		return (code != null) ? message("program.edit.error." + code, ex.getBody().getDetail())
				: ex.getBody().getDetail();
	}

	private String message(String key, String fallback) {
		Locale locale = LocaleContextHolder.getLocale();
		return this.messages.getMessage(key, null, fallback, locale);
	}

	/**
	 * A session as the editor's form sends it; times are local to Asia/Tokyo.
	 *
	 * @param title title
	 * @param room room
	 * @param date day, {@code yyyy-MM-dd}
	 * @param start start, {@code HH:mm}
	 * @param end end, {@code HH:mm}
	 * @param talkMinutes talk length
	 * @param questionMinutes question time
	 * @param topic topic area codes
	 * @param chair chairs' account ids
	 */
	record SessionForm(String title, String room, String date, String start, String end, Integer talkMinutes,
			Integer questionMinutes, List<String> topic, List<UUID> chair) {

		ProgramSession toSession(UUID id) {
			LocalDate day;
			LocalTime from;
			LocalTime to;
			try {
				day = LocalDate.parse(this.date);
				from = LocalTime.parse(this.start);
				to = LocalTime.parse(this.end);
			}
			catch (DateTimeParseException | NullPointerException ex) {
				throw new DomainRuleException("session.time",
						"Give the session's day (YYYY-MM-DD) and its start and end (HH:MM)");
			}
			return new ProgramSession(id, this.title, (this.topic != null) ? this.topic : List.of(),
					(this.chair != null) ? this.chair : List.of(), this.room, day.atTime(from).atZone(ZONE).toInstant(),
					day.atTime(to).atZone(ZONE).toInstant(), this.talkMinutes, this.questionMinutes, List.of());
		}

	}

}
