package org.husnu.symposium.deployment;

import java.time.Instant;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.husnu.symposium.core.mail.DeliveryMode;
import org.husnu.symposium.core.mail.MailDelivery;
import org.husnu.symposium.store.EmbeddedStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A service started without SMTP against a database whose deployment sends through SMTP
 * does not start, and tells the operator why and what to set, instead of catching the
 * login links meant for real inboxes.
 */
@ExtendWith(OutputCaptureExtension.class)
class DeliveryModeStartupIntegrationTests {

	@Test
	void aServiceWithoutSmtpRefusesToStartAgainstAnSmtpDeploymentAndSaysWhy(CapturedOutput output) {
		try (EmbeddedStore database = EmbeddedStore.inMemory();
				MongoClient client = MongoClients.create(database.connectionString())) {
			new MongoTemplate(client, "symposium")
				.insert(MailDelivery.decided(DeliveryMode.SMTP, "production-1", Instant.now()));
			SpringApplicationBuilder stray = new SpringApplicationBuilder(StrayInstance.class)
				.properties("test.database=" + database.connectionString() + "/symposium", "server.port=0");
			assertThatThrownBy(() -> {
				try (ConfigurableApplicationContext context = stray.run()) {
					assertThat(context.isActive()).as("the stray instance started").isFalse();
				}
			}).rootCause().hasMessageContaining("This deployment delivers mail in mode SMTP (recorded by production-1");
			assertThat(output.getOut() + output.getErr()).contains("APPLICATION FAILED TO START")
				.contains("this instance is configured for CATCHER")
				.contains("Configure the same SMTP server as the other instances (SPRING_MAIL_HOST");
		}
	}

	/**
	 * A service's platform, without SMTP, on the database given by {@code test.database}.
	 */
	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class StrayInstance {

		@Bean
		@Primary
		MongoConnectionDetails productionDatabase(Environment environment) {
			ConnectionString database = new ConnectionString(environment.getRequiredProperty("test.database"));
			return () -> database;
		}

	}

}
