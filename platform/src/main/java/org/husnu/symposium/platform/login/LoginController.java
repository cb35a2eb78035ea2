package org.husnu.symposium.platform.login;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.husnu.symposium.core.i18n.Language;
import org.husnu.symposium.core.institutions.EmailAddresses;
import org.husnu.symposium.platform.SymposiumProperties;
import org.husnu.symposium.platform.problems.TooManyRequestsException;
import org.husnu.symposium.platform.security.CurrentActor;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The login page, the "check your mail" page, and {@code POST /api/auth/login-link} for
 * scripts. Every valid address gets the same answer.
 */
@Controller
class LoginController {

	private final LoginLinks loginLinks;

	private final String home;

	private final RequestCache requestCache = new HttpSessionRequestCache();

	LoginController(LoginLinks loginLinks, SymposiumProperties properties) {
		this.loginLinks = loginLinks;
		this.home = properties.publicUrl() + "/";
	}

	@GetMapping("/login")
	String loginPage(@RequestParam(name = "continue", required = false) String continueUrl,
			@RequestParam(required = false) String failed, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		if (CurrentActor.find().isPresent()) {
			return "redirect:" + (this.loginLinks.isServicePage(continueUrl) ? continueUrl : "/");
		}
		model.addAttribute("continueUrl", continueOf(continueUrl, request, response));
		model.addAttribute("failed", failedReason(failed));
		return "login";
	}

	@PostMapping(path = "/login/link", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	String requestLinkFromPage(@RequestParam(defaultValue = "") String email,
			@RequestParam(name = "continue", required = false) String continueUrl, Model model,
			HttpServletRequest request, RedirectAttributes redirect) {
		String address = email.strip();
		if (!EmailAddresses.isValid(address)) {
			return loginPageWithError(model, address, continueUrl, "login.error.address");
		}
		try {
			this.loginLinks.request(address, languageOf(request), continueUrl, request.getRemoteAddr());
		}
		catch (TooManyRequestsException ex) {
			model.addAttribute("retryMinutes", Math.max(1, (ex.retryAfter().toSeconds() + 59) / 60));
			return loginPageWithError(model, address, continueUrl, "login.error.tooMany");
		}
		redirect.addFlashAttribute("email", EmailAddresses.normalize(address));
		return "redirect:/login/sent";
	}

	@GetMapping("/login/sent")
	String checkYourMail() {
		return "login-sent";
	}

	@PostMapping(path = "/api/auth/login-link", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.ACCEPTED)
	@ResponseBody
	Map<String, String> requestLink(@Valid @RequestBody LoginLinkRequest body, HttpServletRequest request) {
		this.loginLinks.request(body.email(), languageOf(request), body.continueUrl(), request.getRemoteAddr());
		return Map.of("message",
				"If this address may take part, a login link is on its way; otherwise a mail explains how to register");
	}

	private String loginPageWithError(Model model, String email, String continueUrl, String error) {
		model.addAttribute("email", email);
		model.addAttribute("error", error);
		model.addAttribute("continueUrl", this.loginLinks.isServicePage(continueUrl) ? continueUrl : null);
		return "login";
	}

	private String continueOf(String continueUrl, HttpServletRequest request, HttpServletResponse response) {
		if (this.loginLinks.isServicePage(continueUrl)) {
			return continueUrl;
		}
		// back to the page that asked for login, else to this service's start page
		SavedRequest saved = this.requestCache.getRequest(request, response);
		return (saved != null && this.loginLinks.isServicePage(saved.getRedirectUrl())) ? saved.getRedirectUrl()
				: this.home;
	}

	private static String failedReason(String failed) {
		if (failed == null) {
			return null;
		}
		return switch (failed) {
			case "used", "expired" -> "login.failed." + failed;
			default -> "login.failed.invalid";
		};
	}

	private static Language languageOf(HttpServletRequest request) {
		return Language.of(RequestContextUtils.getLocale(request));
	}

	/**
	 * A request for a login link.
	 *
	 * @param email the address to send it to
	 * @param continueUrl optional page of either service to open after login
	 */
	record LoginLinkRequest(
			@NotBlank(message = "enter your e-mail address") @Email(
					message = "enter a valid e-mail address, e.g. name@hokudai.ac.jp") @Size(max = 254) String email,
			@Size(max = 2000) String continueUrl) {
	}

}
