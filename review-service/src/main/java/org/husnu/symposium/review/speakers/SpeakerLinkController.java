package org.husnu.symposium.review.speakers;

import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.husnu.symposium.core.program.SpeakerConfirmation;
import org.husnu.symposium.core.program.SpeakerInvitation;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The speaker's link {@code /speaker/{token}}, public: the talk and its slot, Confirm and
 * Decline (form posts with the CSRF field). An unknown token answers 404 without saying
 * whether any talk exists; a talk no longer in the program 410. The page speaks the
 * presenter's language unless the visitor chose one ({@code ?lang=} or the language
 * cookie).
 */
@Controller
class SpeakerLinkController {

	private static final String LANGUAGE_COOKIE = "SYMPOSIUM_LANG";

	private final SpeakerLinks links;

	SpeakerLinkController(SpeakerLinks links) {
		this.links = links;
	}

	@GetMapping("/speaker/{token}")
	String page(@PathVariable String token, @RequestParam(required = false) String answered, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		SpeakerLinks.LinkView view = this.links.view(token, request.getRemoteAddr());
		boolean knownAnswer = "confirmed".equals(answered) || "declined".equals(answered);
		if (view.kind() == SpeakerLinks.LinkView.Kind.SCHEDULED && request.getParameter("lang") == null
				&& !hasLanguageCookie(request)) {
			// the presenter's language, through the language switch so the whole page
			// (and the cookie) follow it
			return "redirect:/speaker/" + token + "?lang=" + view.language().name().toLowerCase(Locale.ROOT)
					+ (knownAnswer ? "&answered=" + answered : "");
		}
		model.addAttribute("answered", knownAnswer ? answered : null);
		return render(view, token, response, model);
	}

	@PostMapping("/speaker/{token}/confirm")
	String confirm(@PathVariable String token, HttpServletRequest request, HttpServletResponse response, Model model) {
		return answer(token, SpeakerConfirmation.CONFIRMED, null, request, response, model);
	}

	@PostMapping("/speaker/{token}/decline")
	String decline(@PathVariable String token, @RequestParam(required = false) String note, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		if (note != null && note.strip().length() > SpeakerInvitation.MAX_NOTE_LENGTH) {
			SpeakerLinks.LinkView view = this.links.view(token, request.getRemoteAddr());
			model.addAttribute("noteTooLong", SpeakerInvitation.MAX_NOTE_LENGTH);
			model.addAttribute("note", note);
			if (view.kind() == SpeakerLinks.LinkView.Kind.SCHEDULED) {
				response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			}
			return render(view, token, response, model);
		}
		return answer(token, SpeakerConfirmation.DECLINED, note, request, response, model);
	}

	private String answer(String token, SpeakerConfirmation answer, String note, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		SpeakerLinks.LinkView view = this.links.answer(token, answer, note, request.getRemoteAddr());
		if (view.kind() != SpeakerLinks.LinkView.Kind.SCHEDULED) {
			return render(view, token, response, model);
		}
		return "redirect:/speaker/" + token + "?answered=" + answer.name().toLowerCase(Locale.ROOT);
	}

	private static String render(SpeakerLinks.LinkView view, String token, HttpServletResponse response, Model model) {
		if (view.kind() == SpeakerLinks.LinkView.Kind.UNKNOWN) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
		}
		else if (view.kind() == SpeakerLinks.LinkView.Kind.UNSCHEDULED) {
			response.setStatus(HttpStatus.GONE.value());
		}
		model.addAttribute("talk", view);
		model.addAttribute("token", token);
		return "speakers/link";
	}

	private static boolean hasLanguageCookie(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return false;
		}
		for (Cookie cookie : cookies) {
			if (LANGUAGE_COOKIE.equals(cookie.getName())) {
				return true;
			}
		}
		return false;
	}

}
