package org.husnu.symposium.platform.mail;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.husnu.symposium.core.mail.CaughtMail;

import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code GET /dev/mail}: the dev mailbox page, where a person on a fresh machine finds
 * the login link that would otherwise have gone to their inbox. Only in default mode, and
 * only to this machine ({@link DevMailboxAccess}).
 */
@Controller
@Conditional(CatcherMode.class)
class DevMailboxController {

	static final int LIMIT = 200;

	/** The event's time zone (Asia/Tokyo; Seoul shares the offset). */
	private static final DateTimeFormatter EVENT_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'JST'")
		.withZone(ZoneId.of("Asia/Tokyo"));

	private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");

	private final DevMailbox mailbox;

	private final DevMailboxAccess access;

	DevMailboxController(DevMailbox mailbox, SymposiumMailProperties properties) {
		this.mailbox = mailbox;
		this.access = new DevMailboxAccess(properties.catcher().openToNetwork());
	}

	@GetMapping("/dev/mail")
	String mailbox(@RequestParam(required = false) String to, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		if (!this.access.allows(request)) {
			// a page in the reader's language that says where the link is, not the
			// generic "your roles do not allow this"
			response.setStatus(HttpStatus.FORBIDDEN.value());
			return "dev/mailbox-closed";
		}
		boolean filtered = StringUtils.hasText(to);
		List<CaughtMail> mails = filtered ? this.mailbox.to(to, LIMIT) : this.mailbox.latest(LIMIT);
		model.addAttribute("to", filtered ? to.strip() : "");
		model.addAttribute("mails", mails.stream().map(MailView::of).toList());
		return "dev/mailbox";
	}

	/**
	 * A caught mail as the page shows it: the body cut into plain text and links, so that
	 * links are clickable without rendering any of the mail as HTML.
	 *
	 * @param to recipient
	 * @param from sender
	 * @param subject subject
	 * @param sentAt when it was sent
	 * @param sentAtText the same in the event's time zone, for people
	 * @param body text and links in order
	 */
	record MailView(String to, String from, String subject, Instant sentAt, String sentAtText, List<Segment> body) {

		static MailView of(CaughtMail mail) {
			String sentAtText = (mail.sentAt() != null) ? EVENT_TIME.format(mail.sentAt()) : "";
			return new MailView(mail.to(), mail.from(), mail.subject(), mail.sentAt(), sentAtText,
					segments(mail.text()));
		}

		private static List<Segment> segments(String text) {
			List<Segment> segments = new ArrayList<>();
			if (text == null) {
				return segments;
			}
			Matcher links = LINK.matcher(text);
			int at = 0;
			while (links.find()) {
				if (links.start() > at) {
					segments.add(new Segment(text.substring(at, links.start()), false));
				}
				segments.add(new Segment(links.group(), true));
				at = links.end();
			}
			if (at < text.length()) {
				segments.add(new Segment(text.substring(at), false));
			}
			return segments;
		}

	}

	/**
	 * A run of body text, or a link.
	 *
	 * @param text the text
	 * @param link whether it is a link
	 */
	record Segment(String text, boolean link) {
	}

}
