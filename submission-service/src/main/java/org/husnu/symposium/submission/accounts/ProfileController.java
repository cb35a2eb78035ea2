package org.husnu.symposium.submission.accounts;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.husnu.symposium.core.DomainRuleException;
import org.husnu.symposium.core.access.Actor;
import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.accounts.Position;
import org.husnu.symposium.core.i18n.Language;
import org.husnu.symposium.platform.accounts.AccountDirectory;
import org.husnu.symposium.platform.accounts.MeView;
import org.husnu.symposium.platform.audit.AuditLog;
import org.husnu.symposium.platform.login.LoginLinks;
import org.husnu.symposium.platform.problems.NotFoundException;
import org.husnu.symposium.platform.referencedata.ReferenceData;
import org.husnu.symposium.platform.security.CurrentActor;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The profile page (profile, API tokens, sessions) and {@code PUT /api/me}.
 */
@Controller
class ProfileController {

	private final AccountDirectory accounts;

	private final ProfileService profiles;

	private final ApiTokenService tokens;

	private final ReferenceData referenceData;

	private final LoginLinks loginLinks;

	private final LocaleResolver localeResolver;

	private final FindByIndexNameSessionRepository<?> sessions;

	private final AuditLog audit;

	ProfileController(AccountDirectory accounts, ProfileService profiles, ApiTokenService tokens,
			ReferenceData referenceData, LoginLinks loginLinks, LocaleResolver localeResolver,
			FindByIndexNameSessionRepository<?> sessions, AuditLog audit) {
		this.accounts = accounts;
		this.profiles = profiles;
		this.tokens = tokens;
		this.referenceData = referenceData;
		this.loginLinks = loginLinks;
		this.localeResolver = localeResolver;
		this.sessions = sessions;
		this.audit = audit;
	}

	@GetMapping("/profile")
	String page(Model model) {
		Account account = current();
		model.addAttribute("account", account);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new ProfileService.ProfileChange(account.name(), account.institution(),
					account.department(), account.position(), account.language()));
		}
		addChoices(model, account);
		return "profile";
	}

	@PostMapping("/profile")
	String save(ProfileService.ProfileChange form,
			@RequestParam(name = "continue", required = false) String continueUrl, Model model,
			RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
		Account account;
		try {
			account = this.profiles.update(CurrentActor.require(), form);
		}
		catch (DomainRuleException ex) {
			model.addAttribute("error", ex.getMessage());
			model.addAttribute("form", form);
			Account current = current();
			model.addAttribute("account", current);
			addChoices(model, current);
			return "profile";
		}
		this.localeResolver.setLocale(request, response, account.language().locale());
		if (this.loginLinks.isServicePage(continueUrl)) {
			return "redirect:" + continueUrl;
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/profile";
	}

	@PutMapping("/api/me")
	@ResponseBody
	MeView updateMe(@Valid @RequestBody ProfileService.ProfileChange change) {
		return MeView.of(this.profiles.update(CurrentActor.require(), change));
	}

	/**
	 * Creates a token and shows its secret in this very response. No redirect: a flash
	 * attribute would park the secret in the session document until the next request, and
	 * only the token's hash may be stored.
	 */
	@PostMapping("/profile/tokens")
	String createToken(@RequestParam(defaultValue = "") String name, Model model) {
		ApiTokenService.CreatedToken created = this.tokens.create(CurrentActor.require(), name, null, false);
		model.addAttribute("createdToken", created.secret());
		return page(model);
	}

	@PostMapping("/profile/tokens/{id}/revoke")
	String revokeToken(@PathVariable UUID id, RedirectAttributes redirect) {
		this.tokens.revoke(CurrentActor.require(), id);
		redirect.addFlashAttribute("revoked", true);
		return "redirect:/profile#tokens";
	}

	/**
	 * Logs out everywhere: ends every session of the person and, when they tick the box
	 * (it is ticked by default), revokes their API tokens too, since a token is the other
	 * way into the account.
	 */
	@PostMapping("/profile/sessions/end-all")
	String endAllSessions(@RequestParam(defaultValue = "false") boolean revokeTokens) {
		Actor actor = CurrentActor.require();
		for (String id : this.sessions
			.findByIndexNameAndIndexValue(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME,
					actor.accountId().toString())
			.keySet()) {
			this.sessions.deleteById(id);
		}
		long revoked = revokeTokens ? this.tokens.revokeAll(actor) : 0;
		this.audit.record(actor, "sessions.ended", actor.email(), Map.of("tokensRevoked", Long.toString(revoked)));
		SecurityContextHolder.clearContext();
		return "redirect:/login?logout";
	}

	private Account current() {
		return this.accounts.findById(CurrentActor.require().accountId())
			.orElseThrow(() -> new NotFoundException("Your account no longer exists"));
	}

	private void addChoices(Model model, Account account) {
		Language language = Language.of(LocaleContextHolder.getLocale());
		model.addAttribute("institutions",
				this.referenceData.institutions()
					.stream()
					.map((institution) -> new InstitutionOption(institution.code(), institution.name().in(language)))
					.toList());
		model.addAttribute("positions", Arrays.asList(Position.values()));
		model.addAttribute("languages", List.of(Language.values()));
		model.addAttribute("tokens", this.tokens.list(account.id()));
	}

	/**
	 * An institution in the profile form.
	 *
	 * @param code institution code
	 * @param label name in the page language
	 */
	record InstitutionOption(String code, String label) {
	}

}
