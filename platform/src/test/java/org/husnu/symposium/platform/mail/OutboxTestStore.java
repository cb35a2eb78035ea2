package org.husnu.symposium.platform.mail;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.UuidRepresentation;
import org.husnu.symposium.core.mail.DeliveryMode;
import org.husnu.symposium.store.EmbeddedStore;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * An in-memory embedded store for the outbox tests, with one client per simulated
 * instance, and the short settings that keep retries fast in tests.
 */
final class OutboxTestStore implements AutoCloseable {

	private final EmbeddedStore store = EmbeddedStore.inMemory();

	private final List<MongoClient> clients = new ArrayList<>();

	private final List<MailDispatcher> dispatchers = new ArrayList<>();

	/**
	 * A fresh connection, as a separate service instance would have.
	 * @return a template on the shared database
	 */
	MongoTemplate connect() {
		MongoClient client = MongoClients.create(MongoClientSettings.builder()
			.applyConnectionString(new ConnectionString(this.store.connectionString()))
			.uuidRepresentation(UuidRepresentation.STANDARD)
			.build());
		this.clients.add(client);
		return new MongoTemplate(client, "symposium");
	}

	static SymposiumMailProperties fastRetries(int maxRejections) {
		return new SymposiumMailProperties("HU×SNU Medical AI <no-reply@symposium.invalid>", null,
				Duration.ofMillis(50), Duration.ofMinutes(2), maxRejections,
				new SymposiumMailProperties.Backoff(Duration.ofMillis(50), Duration.ofMillis(200)),
				new SymposiumMailProperties.Catcher(0, false), false);
	}

	static JavaMailSenderImpl smtp(int port) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(port);
		sender.setDefaultEncoding("UTF-8");
		Properties timeouts = new Properties();
		timeouts.setProperty("mail.smtp.connectiontimeout", "2000");
		timeouts.setProperty("mail.smtp.timeout", "5000");
		timeouts.setProperty("mail.smtp.writetimeout", "5000");
		sender.setJavaMailProperties(timeouts);
		return sender;
	}

	/**
	 * A dispatcher that is stopped when the store closes.
	 * @param mongo its connection
	 * @param sender its SMTP client
	 * @param properties its settings
	 * @param clock its clock
	 * @param instanceId its name in claims
	 * @return the dispatcher, not yet started
	 */
	MailDispatcher dispatcher(MongoTemplate mongo, JavaMailSenderImpl sender, SymposiumMailProperties properties,
			Clock clock, String instanceId) {
		return dispatcher(mongo, sender, properties, clock, instanceId, DeliveryMode.SMTP);
	}

	/**
	 * A dispatcher of a given delivery mode that is stopped when the store closes.
	 * @param mongo its connection
	 * @param sender its SMTP client
	 * @param properties its settings
	 * @param clock its clock
	 * @param instanceId its name in claims
	 * @param mode the mails it sends
	 * @return the dispatcher, not yet started
	 */
	MailDispatcher dispatcher(MongoTemplate mongo, JavaMailSenderImpl sender, SymposiumMailProperties properties,
			Clock clock, String instanceId, DeliveryMode mode) {
		MailDispatcher dispatcher = new MailDispatcher(mongo, sender, properties, clock, instanceId, mode);
		this.dispatchers.add(dispatcher);
		return dispatcher;
	}

	@Override
	public void close() {
		this.dispatchers.forEach(MailDispatcher::stop);
		this.clients.forEach(MongoClient::close);
		this.store.close();
	}

}
