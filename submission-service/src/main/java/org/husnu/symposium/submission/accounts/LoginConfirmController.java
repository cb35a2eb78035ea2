package org.husnu.symposium.submission.accounts;

import java.util.Locale;

import org.husnu.symposium.core.accounts.LoginToken;
import org.husnu.symposium.platform.login.LoginTokenService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page a login link opens. It asks for one more click (a POST with CSRF token to
 * {@code /login/ott}) so mail scanners that fetch links cannot use them up, it names the
 * account the link signs in, so a person who opens a link someone else forwarded sees
 * that it is not theirs before clicking (login CSRF), and it says at once when a link is
 * used or expired.
 */
@Controller
class LoginConfirmController {

	private final LoginTokenService tokens;

	LoginConfirmController(LoginTokenService tokens) {
		this.tokens = tokens;
	}

	@GetMapping("/login/ott")
	String confirm(@RequestParam(defaultValue = "") String token,
			@RequestParam(name = "continue", required = false) String continueUrl, Model model) {
		LoginToken.State state = this.tokens.stateOf(token);
		if (state != LoginToken.State.VALID) {
			return "redirect:/login?failed=" + state.name().toLowerCase(Locale.ROOT);
		}
		model.addAttribute("token", token);
		model.addAttribute("email", this.tokens.addressOf(token).orElse(null));
		model.addAttribute("continueUrl", continueUrl);
		return "login-confirm";
	}

}
