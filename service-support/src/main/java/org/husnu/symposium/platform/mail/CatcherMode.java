package org.husnu.symposium.platform.mail;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Default mode: no real SMTP server is configured ({@code spring.mail.host}, or the
 * environment variable {@code SPRING_MAIL_HOST}, is empty), so the embedded catcher takes
 * every mail and the dev mailbox shows it. With a host Boot's mail auto-configuration
 * provides the sender and nothing of the catcher exists.
 */
final class CatcherMode implements Condition {

	static final String HOST_PROPERTY = "spring.mail.host";

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return !StringUtils.hasText(context.getEnvironment().getProperty(HOST_PROPERTY));
	}

}
