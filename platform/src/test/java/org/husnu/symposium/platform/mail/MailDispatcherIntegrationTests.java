package org.husnu.symposium.platform.mail;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.MimeMessage;
import org.husnu.symposium.core.i18n.Language;
import org.husnu.symposium.core.mail.DeliveryMode;
import org.husnu.symposium.core.mail.MailStatus;
import org.husnu.symposium.core.mail.OutboxMail;
import org.husnu.symposium.test.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The dispatcher against a real SMTP server (GreenMail) and the embedded store: every
 * mail arrives exactly once, across an SMTP outage, with two instances, and after an
 * instance died holding a claim.
 */
class MailDispatcherIntegrationTests {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private final OutboxTestStore store = new OutboxTestStore();

	private final List<GreenMail> servers = new ArrayList<>();

	@AfterEach
	void close() {
		this.store.close();
		this.servers.forEach(GreenMail::stop);
	}

	@Test
	void deliversEveryMailExactlyOnceAfterAnSmtpOutage() throws Exception {
		int port = freePort();
		GreenMail smtp = startSmtp(port);
		MongoTemplate mongo = this.store.connect();
		MailDispatcher dispatcher = this.store.dispatcher(mongo, OutboxTestStore.smtp(port),
				OutboxTestStore.fastRetries(3), Clock.systemUTC(), "instance-a");
		MailOutbox outbox = new MailOutbox(mongo, new MailTemplates(), Clock.systemUTC(), DeliveryMode.SMTP,
				dispatcher::wake);
		dispatcher.start();
		outbox.enqueue(welcome("before@hokudai.ac.jp"));
		await().atMost(PATIENCE).until(() -> smtp.getReceivedMessages().length == 1);

		smtp.stop();
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			ids.add(outbox.enqueue(welcome("member" + i + "@hokudai.ac.jp")));
		}
		// the dispatcher keeps trying while SMTP is down; nothing is given up
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(mails(mongo, ids)).hasSize(20)
				.allSatisfy((mail) -> assertThat(mail.attempts()).isPositive()));
		assertThat(mails(mongo, ids)).extracting(OutboxMail::status).isSubsetOf(MailStatus.PENDING, MailStatus.SENDING);
		assertThat(mails(mongo, ids)).allSatisfy((mail) -> assertThat(mail.lastError()).isNotBlank());

		GreenMail restarted = startSmtp(port);
		await().atMost(PATIENCE)
			.untilAsserted(
					() -> assertThat(mails(mongo, ids)).extracting(OutboxMail::status).containsOnly(MailStatus.SENT));
		// a few more polls: nothing goes out twice
		await().during(Duration.ofMillis(300))
			.atMost(PATIENCE)
			.until(() -> restarted.getReceivedMessages().length == ids.size());
		assertDeliveredExactlyOnce(restarted.getReceivedMessages(), ids, dispatcher);
	}

	@Test
	void twoInstancesDeliverEachMailOnce() throws Exception {
		GreenMail smtp = startSmtp(0);
		int port = smtp.getSmtp().getPort();
		MongoTemplate mongoA = this.store.connect();
		MongoTemplate mongoB = this.store.connect();
		MailOutbox outbox = new MailOutbox(mongoA, new MailTemplates(), Clock.systemUTC(), DeliveryMode.SMTP, () -> {
		});
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			ids.add(outbox.enqueue(welcome("member" + i + "@snu.ac.kr")));
		}
		MailDispatcher a = this.store.dispatcher(mongoA, OutboxTestStore.smtp(port), OutboxTestStore.fastRetries(3),
				Clock.systemUTC(), "instance-a");
		MailDispatcher b = this.store.dispatcher(mongoB, OutboxTestStore.smtp(port), OutboxTestStore.fastRetries(3),
				Clock.systemUTC(), "instance-b");
		a.start();
		b.start();
		await().atMost(PATIENCE)
			.untilAsserted(
					() -> assertThat(mails(mongoA, ids)).extracting(OutboxMail::status).containsOnly(MailStatus.SENT));
		await().during(Duration.ofMillis(300))
			.atMost(PATIENCE)
			.until(() -> smtp.getReceivedMessages().length == ids.size());
		assertDeliveredExactlyOnce(smtp.getReceivedMessages(), ids, a);
		assertThat(mails(mongoA, ids)).extracting(OutboxMail::claimedBy).isSubsetOf("instance-a", "instance-b");
	}

	@Test
	void concurrentClaimsNeverHandOutTheSameMailTwice() throws Exception {
		MongoTemplate mongo = this.store.connect();
		MailOutbox outbox = new MailOutbox(mongo, new MailTemplates(), Clock.systemUTC(), DeliveryMode.SMTP, () -> {
		});
		for (int i = 0; i < 60; i++) {
			outbox.enqueue(welcome("member" + i + "@snu.ac.kr"));
		}
		List<Callable<List<String>>> instances = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			MailDispatcher dispatcher = this.store.dispatcher(this.store.connect(), OutboxTestStore.smtp(1),
					OutboxTestStore.fastRetries(3), Clock.systemUTC(), "instance-" + i);
			instances.add(() -> {
				List<String> claimed = new ArrayList<>();
				OutboxMail mail;
				while ((mail = dispatcher.claimNext()) != null) {
					claimed.add(mail.id());
				}
				return claimed;
			});
		}
		ExecutorService pool = Executors.newFixedThreadPool(4);
		List<String> claimed = new ArrayList<>();
		try {
			for (Future<List<String>> result : pool.invokeAll(instances)) {
				claimed.addAll(result.get());
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(claimed).hasSize(60).doesNotHaveDuplicates();
	}

	@Test
	void sendsAgainAMailWhoseSenderDiedHoldingTheClaim() throws Exception {
		GreenMail smtp = startSmtp(0);
		MongoTemplate mongo = this.store.connect();
		Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		OutboxMail orphaned = claimed("orphaned", "crashed-instance", now.minusSeconds(1));
		OutboxMail held = claimed("held", "live-instance", now.plus(Duration.ofHours(1)));
		mongo.insert(orphaned);
		mongo.insert(held);
		MailDispatcher dispatcher = this.store.dispatcher(mongo, OutboxTestStore.smtp(smtp.getSmtp().getPort()),
				OutboxTestStore.fastRetries(3), Clock.systemUTC(), "instance-a");

		assertThat(dispatcher.dispatchDue()).isEqualTo(1);

		assertThat(mongo.findById("orphaned", OutboxMail.class)).satisfies((mail) -> {
			assertThat(mail.status()).isEqualTo(MailStatus.SENT);
			assertThat(mail.claimedBy()).isEqualTo("instance-a");
		});
		assertThat(mongo.findById("held", OutboxMail.class).status()).isEqualTo(MailStatus.SENDING);
		assertThat(smtp.getReceivedMessages()).singleElement()
			.satisfies((message) -> assertThat(message.getMessageID()).isEqualTo("<orphaned@symposium.invalid>"));
	}

	@Test
	void givesUpOnAMailTheServerRejectsForGood() {
		MongoTemplate mongo = this.store.connect();
		MutableClock clock = new MutableClock(Instant.parse("2026-12-01T03:00:00Z"));
		MailOutbox outbox = new MailOutbox(mongo, new MailTemplates(), clock, DeliveryMode.SMTP, () -> {
		});
		String id = outbox.enqueue(welcome("nobody@snu.ac.kr"));
		JavaMailSenderImpl rejecting = new JavaMailSenderImpl() {
			@Override
			protected void doSend(MimeMessage[] messages, Object[] originals) {
				throw new MailSendException(Map.of(messages[0],
						new SendFailedException("550 5.1.1 <nobody@snu.ac.kr>: Recipient address rejected")));
			}
		};
		MailDispatcher dispatcher = this.store.dispatcher(mongo, rejecting, OutboxTestStore.fastRetries(2), clock,
				"instance-a");

		dispatcher.dispatchDue();
		OutboxMail once = mongo.findById(id, OutboxMail.class);
		assertThat(once.status()).isEqualTo(MailStatus.PENDING);
		assertThat(once.rejections()).isEqualTo(1);
		assertThat(once.nextAttemptAt()).isEqualTo(clock.instant().plusMillis(50));
		assertThat(dispatcher.dispatchDue()).as("not due before its backoff").isZero();
		assertThat(mongo.findById(id, OutboxMail.class).attempts()).isEqualTo(1);

		clock.advance(Duration.ofMillis(50));
		dispatcher.dispatchDue();
		OutboxMail twice = mongo.findById(id, OutboxMail.class);
		assertThat(twice.status()).isEqualTo(MailStatus.FAILED);
		assertThat(twice.attempts()).isEqualTo(2);
		assertThat(twice.lastError()).contains("550");
	}

	private void assertDeliveredExactlyOnce(MimeMessage[] received, List<String> ids, MailDispatcher dispatcher)
			throws MessagingException {
		List<String> recipients = new ArrayList<>();
		List<String> messageIds = new ArrayList<>();
		for (MimeMessage message : received) {
			recipients.add(message.getAllRecipients()[0].toString());
			messageIds.add(message.getMessageID());
		}
		Map<String, Long> perRecipient = recipients.stream()
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
		assertThat(perRecipient).hasSize(ids.size()).allSatisfy((to, count) -> assertThat(count).isEqualTo(1));
		assertThat(messageIds).doesNotHaveDuplicates()
			.containsExactlyInAnyOrderElementsOf(ids.stream().map(dispatcher::messageId).toList());
	}

	private GreenMail startSmtp(int port) {
		GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
		this.servers.add(smtp);
		return smtp;
	}

	private static List<OutboxMail> mails(MongoTemplate mongo, List<String> ids) {
		return mongo.find(new Query(Criteria.where("_id").in(ids)), OutboxMail.class);
	}

	private static OutgoingMail welcome(String to) {
		return new OutgoingMail(to, Language.EN, "welcome",
				Map.of("name", to, "submissionUrl", "http://localhost:8081/", "reviewUrl", "http://localhost:8082/"),
				null);
	}

	private static OutboxMail claimed(String id, String by, Instant until) {
		OutboxMail mail = OutboxMail.pending(id, null, id + "@hokudai.ac.jp", Language.EN, "welcome", "Subject", "Text",
				until.minus(Duration.ofHours(2)), DeliveryMode.SMTP);
		return new OutboxMail(mail.id(), null, mail.to(), mail.language(), mail.template(), mail.subject(), mail.text(),
				MailStatus.SENDING, 0, 0, mail.nextAttemptAt(), by, until, null, mail.createdAt(), null, mail.mode());
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			socket.setReuseAddress(true);
			return socket.getLocalPort();
		}
	}

}
