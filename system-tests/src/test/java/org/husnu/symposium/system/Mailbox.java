package org.husnu.symposium.system;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.husnu.symposium.test.WebSession;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the embedded mail catcher through {@code GET /api/dev/mail}, as a script or a
 * tester would, waiting briefly for the outbox to deliver.
 */
final class Mailbox {

	private static final Pattern LOGIN_LINK = Pattern.compile("https?://\\S+/login/ott\\?token=[A-Za-z0-9_\\-]+\\S*");

	private final JsonMapper json = JsonMapper.builder().build();

	private final String baseUrl;

	Mailbox(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	/**
	 * The newest mail to an address whose subject contains a text.
	 * @param to the address
	 * @param subject part of the subject
	 * @return the mail (fields {@code to}, {@code subject}, {@code text}, {@code sentAt})
	 */
	JsonNode newest(String to, String subject) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
		while (Instant.now().isBefore(deadline)) {
			Optional<JsonNode> found = find(to, subject);
			if (found.isPresent()) {
				return found.get();
			}
			sleep();
		}
		throw new AssertionError("No mail to " + to + " with '" + subject + "' within 30 s");
	}

	int count(String to) {
		return mails(to).size();
	}

	/**
	 * The link of the newest login-link mail to an address.
	 * @param to the address
	 * @return the link
	 */
	String loginLink(String to) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
		while (Instant.now().isBefore(deadline)) {
			for (JsonNode mail : mails(to)) {
				Matcher link = LOGIN_LINK.matcher(mail.get("text").asString());
				if (link.find()) {
					return link.group();
				}
			}
			sleep();
		}
		throw new AssertionError("No login link mailed to " + to + " within 30 s");
	}

	private Optional<JsonNode> find(String to, String subject) {
		for (JsonNode mail : mails(to)) {
			if (mail.get("subject").asString().contains(subject)) {
				return Optional.of(mail);
			}
		}
		return Optional.empty();
	}

	private JsonNode mails(String to) {
		return this.json.readTree(new WebSession()
			.getJson(this.baseUrl + "/api/dev/mail?to=" + URLEncoder.encode(to, StandardCharsets.UTF_8))
			.body());
	}

	private static void sleep() {
		try {
			Thread.sleep(200);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
