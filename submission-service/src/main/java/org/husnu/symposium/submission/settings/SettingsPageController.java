package org.husnu.symposium.submission.settings;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.husnu.symposium.core.DomainRuleException;
import org.husnu.symposium.core.conflicts.InstitutionPolicy;
import org.husnu.symposium.platform.problems.CoreProblems;
import org.husnu.symposium.platform.problems.ProblemException;
import org.husnu.symposium.platform.security.CurrentActor;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The chairs' settings page. It shows the stored values and saves through the same
 * request and service as {@code PUT /api/settings}, so the page and the API accept and
 * refuse the same things; after saving it says what changed.
 */
@Controller
class SettingsPageController {

	private final SettingsService settings;

	private final Validator validator;

	SettingsPageController(SettingsService settings, Validator validator) {
		this.settings = settings;
		this.validator = validator;
	}

	@GetMapping("/settings")
	String page(Model model) {
		model.addAttribute("settings", SettingsView.of(this.settings.current(CurrentActor.require())));
		model.addAttribute("policies", InstitutionPolicy.values());
		return "settings";
	}

	@PostMapping("/settings")
	String save(@ModelAttribute SettingsForm form, BindingResult binding, RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			redirect.addFlashAttribute("missing",
					binding.getFieldErrors()
						.stream()
						.map(FieldError::getField)
						.distinct()
						.collect(Collectors.joining(", ")));
			return "redirect:/settings";
		}
		SettingsRequest request = form.toRequest();
		Set<ConstraintViolation<SettingsRequest>> missing = this.validator.validate(request);
		if (!missing.isEmpty()) {
			redirect.addFlashAttribute("missing",
					missing.stream()
						.map((violation) -> violation.getPropertyPath().toString().replace("limits.", ""))
						.sorted()
						.collect(Collectors.joining(", ")));
			return "redirect:/settings";
		}
		try {
			List<SettingsService.Change> changes = this.settings.change(CurrentActor.require(), request).changes();
			redirect.addFlashAttribute("saved", true);
			redirect.addFlashAttribute("changes", changes);
		}
		catch (DomainRuleException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		catch (ProblemException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("error", CoreProblems.of(ex).orElseThrow().getMessage());
		}
		return "redirect:/settings";
	}

}
