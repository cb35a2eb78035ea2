package org.husnu.symposium.core.mail;

import java.time.Instant;

import org.husnu.symposium.core.store.CollectionNames;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A mail the embedded SMTP catcher received in default mode, one document per recipient.
 * It lives in MongoDB rather than in the catcher's memory so that every instance of
 * either service shows every caught mail, whichever instance sent it.
 *
 * @param id document id
 * @param to recipient address, normalised (lower case) so lookups ignore case
 * @param from sender as written in the mail
 * @param subject decoded subject
 * @param text plain-text body
 * @param messageId the mail's {@code Message-ID} header
 * @param sentAt when the catcher received it, which for an in-process catcher is when it
 * was sent
 */
@Document(collection = CollectionNames.DEV_MAILBOX)
public record CaughtMail(@Id String id, String to, String from, String subject, String text, String messageId,
		Instant sentAt) {

}
