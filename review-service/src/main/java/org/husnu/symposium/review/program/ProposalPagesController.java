package org.husnu.symposium.review.program;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.husnu.symposium.core.DomainRuleException;
import org.husnu.symposium.core.access.Actor;
import org.husnu.symposium.core.program.Program;
import org.husnu.symposium.core.program.SessionFrame;
import org.husnu.symposium.platform.problems.ProblemException;
import org.husnu.symposium.platform.referencedata.ReferenceData;
import org.husnu.symposium.platform.security.CurrentActor;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The chairs' proposal page: frames (room, day, start, end, minutes) prefilled from the
 * current program or two rooms × two sessions on the event's day, "Suggest" showing the
 * proposal session by session with each talk's reasons and what could not be met, and
 * "Use this proposal", which computes the same proposal again and saves it with the
 * program version it was made for (a stale one is shown as a conflict).
 */
@Controller
class ProposalPagesController {

	private static final String PAGE = "program/proposal";

	/** Empty rows offered below the filled ones. */
	private static final int SPARE_ROWS = 2;

	private final ProgramSuggestions suggestions;

	private final ProgramService programs;

	private final ReferenceData referenceData;

	private final MessageSource messages;

	ProposalPagesController(ProgramSuggestions suggestions, ProgramService programs, ReferenceData referenceData,
			MessageSource messages) {
		this.suggestions = suggestions;
		this.programs = programs;
		this.referenceData = referenceData;
		this.messages = messages;
	}

	@ModelAttribute("zone")
	String zoneName() {
		return this.referenceData.eventSettings().timeZone();
	}

	@GetMapping("/program/proposal")
	String page(Model model) {
		Actor actor = CurrentActor.require();
		Program current = this.programs.current(actor);
		List<SessionFrame> frames = ProgramSuggestions.framesOf(current);
		if (frames.isEmpty()) {
			frames = ProgramSuggestions.defaultFrames(this.referenceData.eventSettings());
		}
		model.addAttribute("rows", rows(frames));
		return PAGE;
	}

	@PostMapping("/program/suggest")
	String suggest(FrameForm form, Model model, Locale locale) {
		Actor actor = CurrentActor.require();
		try {
			List<SessionFrame> frames = frames(form);
			ProgramSuggestions.Proposal proposal = this.suggestions.suggest(actor, frames);
			model.addAttribute("proposal", ProposalView.of(proposal, this.messages, locale));
			model.addAttribute("rows", rows(frames));
		}
		catch (DomainRuleException ex) {
			model.addAttribute("error", ex.getMessage());
			model.addAttribute("rows", form.rows());
		}
		return PAGE;
	}

	@PostMapping("/program/proposal/apply")
	String apply(FrameForm form, @RequestParam(required = false) String basedOnVersion, Model model) {
		Actor actor = CurrentActor.require();
		List<SessionFrame> frames = null;
		try {
			frames = frames(form);
			Long version = (basedOnVersion == null || basedOnVersion.isBlank()) ? null
					: Long.valueOf(basedOnVersion.strip());
			this.suggestions.apply(actor, frames, version);
			return "redirect:/program/edit";
		}
		catch (DomainRuleException | NumberFormatException ex) {
			model.addAttribute("error", ex.getMessage());
		}
		catch (ProblemException ex) {
			Map<String, Object> properties = ex.getBody().getProperties();
			boolean conflict = properties != null && "program.conflict".equals(properties.get("code"));
			model.addAttribute(conflict ? "conflict" : "error", ex.getBody().getDetail());
		}
		model.addAttribute("rows", (frames != null) ? rows(frames) : form.rows());
		return PAGE;
	}

	private List<FrameRow> rows(List<SessionFrame> frames) {
		ZoneId zone = zone();
		List<FrameRow> rows = new ArrayList<>();
		for (SessionFrame frame : frames) {
			rows.add(FrameRow.of(frame, zone));
		}
		for (int i = 0; i < SPARE_ROWS; i++) {
			rows.add(new FrameRow("", "", "", "", "", ""));
		}
		return rows;
	}

	private List<SessionFrame> frames(FrameForm form) {
		ZoneId zone = zone();
		List<SessionFrame> frames = new ArrayList<>();
		List<FrameRow> rows = form.rows();
		for (int i = 0; i < rows.size(); i++) {
			FrameRow row = rows.get(i);
			if (row.isBlank()) {
				continue;
			}
			try {
				LocalDate day = LocalDate.parse(row.date().strip());
				Instant start = day.atTime(LocalTime.parse(row.start().strip())).atZone(zone).toInstant();
				Instant end = day.atTime(LocalTime.parse(row.end().strip())).atZone(zone).toInstant();
				frames.add(new SessionFrame(row.room(), start, end, minutes(row.talk()), minutes(row.questions())));
			}
			catch (DateTimeParseException | NumberFormatException ex) {
				throw new DomainRuleException("program.frame.time", "Row " + (i + 1)
						+ ": give the day as 2027-03-10, the times as 09:00 and the minutes as whole numbers");
			}
		}
		if (frames.isEmpty()) {
			throw new DomainRuleException("program.noFrames", "Fill at least one row: room, day, start and end");
		}
		return frames;
	}

	private static Integer minutes(String value) {
		return (value == null || value.isBlank()) ? null : Integer.valueOf(value.strip());
	}

	private ZoneId zone() {
		return ZoneId.of(this.referenceData.eventSettings().timeZone());
	}

}
