package org.husnu.symposium.submission.people;

import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.husnu.symposium.core.DomainRuleException;
import org.husnu.symposium.core.access.AccessPolicy;
import org.husnu.symposium.core.access.Actor;
import org.husnu.symposium.core.accounts.Position;
import org.husnu.symposium.core.accounts.Role;
import org.husnu.symposium.platform.audit.AuditLog;
import org.husnu.symposium.platform.referencedata.ReferenceData;
import org.husnu.symposium.platform.security.CurrentActor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The chairs' people page: import the list, add one person, grant and revoke roles, add
 * verified domains.
 */
@Controller
class PeoplePageController {

	/** Audit entries shown on the page. */
	static final int RECENT_ACTIVITY = 30;

	private final PeopleService people;

	private final RoleService roles;

	private final ReferenceData referenceData;

	private final AuditLog audit;

	PeoplePageController(PeopleService people, RoleService roles, ReferenceData referenceData, AuditLog audit) {
		this.people = people;
		this.roles = roles;
		this.referenceData = referenceData;
		this.audit = audit;
	}

	@GetMapping("/people")
	String page(Model model) {
		Actor actor = CurrentActor.require();
		model.addAttribute("preRegistrations", this.people.preRegistrations(actor));
		model.addAttribute("accounts", this.people.accounts(actor));
		model.addAttribute("institutions", this.referenceData.institutions());
		model.addAttribute("positions", Position.values());
		// only the roles this person may hand out get buttons
		model.addAttribute("roles",
				Arrays.stream(Role.values()).filter((role) -> AccessPolicy.mayChangeRole(actor, role)).toList());
		model.addAttribute("activity",
				AccessPolicy.mayReadAuditLog(actor) ? this.audit.newest(actor, null, RECENT_ACTIVITY) : List.of());
		return "people";
	}

	/**
	 * The page's import: a file or pasted text. The parts are resolved lazily, so the
	 * role is checked before the form is parsed.
	 */
	@PostMapping("/people/import")
	String importList(HttpServletRequest request, RedirectAttributes redirect) {
		Actor actor = CurrentActor.require();
		try {
			PeopleService.ImportResult result = this.people.importCsv(actor, () -> {
				PreRegistrationCsv.checkSize(request.getContentLengthLong() - PreRegistrationCsv.MULTIPART_OVERHEAD);
				MultipartFile file = (request instanceof MultipartHttpServletRequest multipart)
						? multipart.getFile("file") : null;
				if (file != null && !file.isEmpty()) {
					PreRegistrationCsv.checkSize(file.getSize());
					return PreRegistrationCsv.reader(file.getInputStream());
				}
				String text = Objects.requireNonNullElse(request.getParameter("text"), "");
				PreRegistrationCsv.checkSize(text.length());
				return new StringReader(text);
			});
			redirect.addFlashAttribute("imported", result);
		}
		catch (PeopleService.ImportRejectedException ex) {
			redirect.addFlashAttribute("importErrors", ex.errors());
		}
		catch (DomainRuleException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/people";
	}

	@PostMapping("/people/add")
	String add(@RequestParam String email, @RequestParam String name, @RequestParam String institution,
			@RequestParam(required = false) Position position, RedirectAttributes redirect) {
		try {
			this.people.add(CurrentActor.require(), email, name, institution, position);
		}
		catch (DomainRuleException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/people";
	}

	@PostMapping("/people/pre-registrations/remove")
	String remove(@RequestParam String email) {
		this.people.remove(CurrentActor.require(), email);
		return "redirect:/people";
	}

	@PostMapping("/people/accounts/{id}/roles/{role}")
	String changeRole(@PathVariable UUID id, @PathVariable Role role, @RequestParam boolean grant,
			RedirectAttributes redirect) {
		try {
			this.roles.changeRole(CurrentActor.require(), id, role, grant);
		}
		catch (DomainRuleException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/people#accounts";
	}

	@PostMapping("/people/domains")
	String addDomain(@RequestParam String institution, @RequestParam String domain, RedirectAttributes redirect) {
		try {
			this.people.addDomain(CurrentActor.require(), institution, domain);
		}
		catch (DomainRuleException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/people#domains";
	}

}
