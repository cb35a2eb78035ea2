package org.husnu.symposium.platform.mail;

import org.husnu.symposium.core.i18n.Language;

/**
 * A mail rendered but not queued, so that a person can read exactly what would be sent.
 *
 * @param to the normalised recipient address
 * @param language the language it is written in
 * @param template the template it was rendered from
 * @param subject the subject line
 * @param text the plain-text body
 */
public record MailPreview(String to, Language language, String template, String subject, String text) {

}
