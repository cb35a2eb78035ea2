package org.husnu.symposium.platform.mail;

import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.husnu.symposium.core.mail.CaughtMail;

import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /api/dev/mail?to=…}: what the catcher received for an address, so scripts
 * and tests can follow a login link without a real mailbox. Only in default mode, and
 * only to this machine ({@link DevMailboxAccess}).
 */
@RestController
@Conditional(CatcherMode.class)
class DevMailController {

	static final int LIMIT = 100;

	private final DevMailbox mailbox;

	private final DevMailboxAccess access;

	DevMailController(DevMailbox mailbox, SymposiumMailProperties properties) {
		this.mailbox = mailbox;
		this.access = new DevMailboxAccess(properties.catcher().openToNetwork());
	}

	@GetMapping("/api/dev/mail")
	List<DevMail> mail(@RequestParam String to, HttpServletRequest request) {
		this.access.check(request);
		if (to.isBlank()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"Parameter 'to' must be an e-mail address, e.g. /api/dev/mail?to=alice@hokudai.ac.jp");
		}
		return this.mailbox.to(to, LIMIT).stream().map(DevMail::of).toList();
	}

	/**
	 * One caught mail as the API shows it.
	 *
	 * @param to recipient
	 * @param subject subject
	 * @param text plain-text body
	 * @param sentAt when it was sent
	 */
	record DevMail(String to, String subject, String text, Instant sentAt) {

		static DevMail of(CaughtMail mail) {
			return new DevMail(mail.to(), mail.subject(), mail.text(), mail.sentAt());
		}

	}

}
