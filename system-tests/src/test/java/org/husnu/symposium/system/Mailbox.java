package org.husnu.symposium.system;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.husnu.symposium.test.WebSession;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.awaitility.Awaitility.await;

/**
 * Reads the embedded mail catcher through {@code GET /api/dev/mail}, as a script or a
 * tester would, waiting briefly for the outbox to deliver.
 */
final class Mailbox {

	private static final Pattern LOGIN_LINK = Pattern.compile("https?://\\S+/login/ott\\?token=[A-Za-z0-9_\\-]+\\S*");

	private static final Duration PATIENCE = Duration.ofSeconds(30);

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
		return await().alias("a mail to " + to + " with '" + subject + "'")
			.atMost(PATIENCE)
			.until(() -> find(to, subject), Optional::isPresent)
			.orElseThrow();
	}

	/**
	 * The newest mail to an address whose text contains a text.
	 * @param to the address
	 * @param text part of the text
	 * @return the mail
	 */
	JsonNode newestWithText(String to, String text) {
		return await().alias("a mail to " + to + " saying '" + text + "'")
			.atMost(PATIENCE)
			.until(() -> findText(to, text), Optional::isPresent)
			.orElseThrow();
	}

	/**
	 * The link of the newest login-link mail to an address.
	 * @param to the address
	 * @return the link
	 */
	String loginLink(String to) {
		return await().alias("a login link mailed to " + to)
			.atMost(PATIENCE)
			.until(() -> findLink(to), Optional::isPresent)
			.orElseThrow();
	}

	private Optional<String> findLink(String to) {
		for (JsonNode mail : mails(to)) {
			Matcher link = LOGIN_LINK.matcher(mail.get("text").asString());
			if (link.find()) {
				return Optional.of(link.group());
			}
		}
		return Optional.empty();
	}

	private Optional<JsonNode> find(String to, String subject) {
		for (JsonNode mail : mails(to)) {
			if (mail.get("subject").asString().contains(subject)) {
				return Optional.of(mail);
			}
		}
		return Optional.empty();
	}

	private Optional<JsonNode> findText(String to, String text) {
		for (JsonNode mail : mails(to)) {
			if (mail.get("text").asString().contains(text)) {
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

}
