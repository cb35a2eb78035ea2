/**
 * Mail: rendered into the outbox in the recipient's language, sent with retries by a
 * dispatcher that claims one mail at a time, and caught by an embedded SMTP server when
 * no real one is configured.
 */
package org.husnu.symposium.platform.mail;
