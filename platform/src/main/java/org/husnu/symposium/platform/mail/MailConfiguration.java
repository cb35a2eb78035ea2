package org.husnu.symposium.platform.mail;

import java.time.Clock;
import java.util.UUID;

import org.husnu.symposium.core.mail.DeliveryMode;
import org.husnu.symposium.core.mail.OutboxMail;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.util.StringUtils;

/**
 * The outbox and its dispatcher, in every mode. The {@link JavaMailSender} comes from
 * Boot when {@code spring.mail.host} is set, else from {@link MailCatcherConfiguration}.
 * Before anything is sent, this instance's delivery mode is agreed with the deployment's
 * ({@link DeliveryModeCheck}); the outbox stamps every mail with it and the dispatcher
 * sends only mails of that mode.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SymposiumMailProperties.class)
class MailConfiguration {

	@Bean
	MailDispatcher mailDispatcher(MongoOperations mongo, JavaMailSender mailSender, SymposiumMailProperties properties,
			Clock clock, Environment environment) {
		String instanceId = instanceId(properties);
		DeliveryMode mode = new DeliveryModeCheck(mongo, clock).settle(CatcherMode.configured(environment), instanceId,
				properties.switchDeploymentMode());
		// the store ignores indexes it cannot build; a real MongoDB uses this one to find
		// due mails
		mongo.indexOps(OutboxMail.class)
			.createIndex(new Index().on("status", Sort.Direction.ASC).on("nextAttemptAt", Sort.Direction.ASC));
		return new MailDispatcher(mongo, mailSender, properties, clock, instanceId, mode);
	}

	@Bean
	MailOutbox mailOutbox(MongoOperations mongo, Clock clock, MailDispatcher mailDispatcher) {
		return new MailOutbox(mongo, new MailTemplates(), clock, mailDispatcher.mode(), mailDispatcher::wake);
	}

	private static String instanceId(SymposiumMailProperties properties) {
		if (StringUtils.hasText(properties.instanceId())) {
			return properties.instanceId();
		}
		String host = System.getenv("HOSTNAME");
		return ((host != null && !host.isBlank()) ? host : "localhost") + "-" + ProcessHandle.current().pid() + "-"
				+ UUID.randomUUID().toString().substring(0, 8);
	}

}
