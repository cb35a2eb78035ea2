/**
 * Mails as documents: the outbox every mail passes through, and what the embedded SMTP
 * catcher of default mode received.
 */
package org.husnu.symposium.core.mail;
