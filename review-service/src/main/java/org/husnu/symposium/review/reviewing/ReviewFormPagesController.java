package org.husnu.symposium.review.reviewing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.husnu.symposium.core.DomainRuleException;
import org.husnu.symposium.core.access.AccessPolicy;
import org.husnu.symposium.core.access.Actor;
import org.husnu.symposium.core.reviews.FormChange;
import org.husnu.symposium.platform.problems.ProblemException;
import org.husnu.symposium.platform.security.CurrentActor;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The chairs' review form page ({@code /review-form}): one HTML form with a fieldset per
 * criterion; add, remove, up and down are submit buttons that post the editor back, so
 * the keyboard and no JavaScript are enough. Saving shows what changed; a change that
 * leaves submitted scores outside the form is listed first and saved only when the chair
 * confirms.
 */
@Controller
class ReviewFormPagesController {

	private final ReviewForms forms;

	private final MessageSource messages;

	ReviewFormPagesController(ReviewForms forms, MessageSource messages) {
		this.forms = forms;
		this.messages = messages;
	}

	@GetMapping("/review-form")
	String page(Model model) {
		Actor actor = CurrentActor.require();
		AccessPolicy.requireConfigureReviewForm(actor);
		model.addAttribute("editor", FormEditor.of(this.forms.current()));
		return "reviews/form";
	}

	@PostMapping("/review-form")
	String post(@RequestParam Map<String, String> params, Model model, Locale locale, RedirectAttributes redirect) {
		Actor actor = CurrentActor.require();
		AccessPolicy.requireConfigureReviewForm(actor);
		FormEditor editor = FormEditor.of(params);
		String action = params.getOrDefault("action", "save");
		if (!"save".equals(action)) {
			model.addAttribute("editor", editor.apply(action));
			return "reviews/form";
		}
		model.addAttribute("editor", editor);
		try {
			FormRequest request = editor.toRequest();
			ReviewForms.Saved saved = this.forms.update(actor, request.toForm(), request.version(),
					"true".equals(params.get("confirm")));
			redirect.addFlashAttribute("changes", lines(saved.changes(), locale));
			redirect.addFlashAttribute("savedForm", true);
			return "redirect:/review-form";
		}
		catch (DomainRuleException ex) {
			model.addAttribute("error", ex.getMessage());
		}
		catch (ProblemException ex) {
			Object code = (ex.getBody().getProperties() != null) ? ex.getBody().getProperties().get("code") : null;
			if ("form.confirmRequired".equals(code)) {
				model.addAttribute("confirmChanges",
						lines(this.forms.preview(actor, editor.toRequest().toForm()), locale));
			}
			else {
				model.addAttribute("error",
						this.messages.getMessage("reviewing.error." + code, null, ex.getBody().getDetail(), locale));
			}
		}
		return "reviews/form";
	}

	private ArrayList<String> lines(List<FormChange> changes, Locale locale) {
		ArrayList<String> lines = new ArrayList<>();
		for (FormChange change : changes) {
			String line = this.messages.getMessage("reviewing.change." + change.kind(),
					new Object[] { change.criterion(), change.before(), change.after(), change.reviews() },
					change.text(), locale);
			lines.add((change.invalidates()) ? "⚠ " + line : line);
		}
		return lines;
	}

}
