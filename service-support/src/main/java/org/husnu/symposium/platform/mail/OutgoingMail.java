package org.husnu.symposium.platform.mail;

import java.util.Map;

import org.husnu.symposium.core.i18n.Language;

/**
 * TEMPORARY until the mail outbox lands from its branch.
 *
 * @param to recipient
 * @param language language
 * @param template template
 * @param model model
 * @param key idempotency key
 */
public record OutgoingMail(String to, Language language, String template, Map<String, Object> model, String key) {
}
