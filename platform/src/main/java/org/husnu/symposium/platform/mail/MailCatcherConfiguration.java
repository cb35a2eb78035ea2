package org.husnu.symposium.platform.mail;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Properties;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Default mode (no {@code spring.mail.host}): an SMTP server inside this process, on
 * loopback, that keeps every mail in the dev mailbox, and the sender that talks to it.
 * Mails still go through SMTP, so default mode exercises the same path as production.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(CatcherMode.class)
class MailCatcherConfiguration {

	private static final Logger log = LoggerFactory.getLogger(MailCatcherConfiguration.class);

	private static final String LOOPBACK = "127.0.0.1";

	@Bean
	DevMailbox devMailbox(MongoOperations mongo) {
		return new DevMailbox(mongo);
	}

	@Bean(destroyMethod = "stop")
	GreenMail mailCatcher(SymposiumMailProperties properties, DevMailbox devMailbox, Clock clock) {
		ServerSetup setup = new ServerSetup(properties.catcher().port(), LOOPBACK, ServerSetup.PROTOCOL_SMTP);
		GreenMail catcher = new GreenMail(setup);
		catcher.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
		catcher.start();
		catcher.getUserManager().setMessageDeliveryHandler(new CatchingDeliveryHandler(devMailbox, clock));
		log.info("No SMTP server configured (spring.mail.host): mails are caught on {}:{} and shown at /dev/mail",
				LOOPBACK, catcher.getSmtp().getPort());
		return catcher;
	}

	@Bean
	JavaMailSender mailSender(GreenMail mailCatcher) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost(LOOPBACK);
		sender.setPort(mailCatcher.getSmtp().getPort());
		sender.setDefaultEncoding(StandardCharsets.UTF_8.name());
		Properties timeouts = new Properties();
		timeouts.setProperty("mail.smtp.connectiontimeout", "5000");
		timeouts.setProperty("mail.smtp.timeout", "10000");
		timeouts.setProperty("mail.smtp.writetimeout", "10000");
		sender.setJavaMailProperties(timeouts);
		return sender;
	}

}
