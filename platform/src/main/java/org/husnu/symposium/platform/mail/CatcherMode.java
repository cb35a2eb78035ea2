package org.husnu.symposium.platform.mail;

import org.husnu.symposium.core.mail.DeliveryMode;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.PropertyResolver;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Default mode: no real SMTP server is configured ({@code spring.mail.host}, or the
 * environment variable {@code SPRING_MAIL_HOST}, is empty), so the embedded catcher takes
 * every mail and the dev mailbox shows it. With a host Boot's mail auto-configuration
 * provides the sender and nothing of the catcher exists. {@link #configured} is the one
 * rule that decides it; {@code run.sh} applies the same rule to {@code SPRING_MAIL_HOST}
 * (blank counts as unset), and the layout reads it to show the dev mailbox link.
 */
public final class CatcherMode implements Condition {

	static final String HOST_PROPERTY = "spring.mail.host";

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return configured(context.getEnvironment()) == DeliveryMode.CATCHER;
	}

	/**
	 * The delivery mode this process is configured for.
	 * @param environment the process's properties
	 * @return {@link DeliveryMode#SMTP} when a mail host is set, else
	 * {@link DeliveryMode#CATCHER}
	 */
	public static DeliveryMode configured(PropertyResolver environment) {
		return StringUtils.hasText(environment.getProperty(HOST_PROPERTY)) ? DeliveryMode.SMTP : DeliveryMode.CATCHER;
	}

}
