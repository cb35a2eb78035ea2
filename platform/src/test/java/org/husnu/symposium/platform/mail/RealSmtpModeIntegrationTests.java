package org.husnu.symposium.platform.mail;

import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code spring.mail.host} set, mail goes to that server through Boot's sender, and
 * nothing of default mode exists: no catcher, no dev mailbox page or API.
 */
@SpringBootTest(classes = MailTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.mail.host=127.0.0.1", "spring.mail.port=2525" })
class RealSmtpModeIntegrationTests {

	@Value("${local.server.port}")
	private int port;

	@Autowired
	private ApplicationContext context;

	@Test
	void sendsThroughTheConfiguredServerAndHasNoDevMailbox() {
		JavaMailSender sender = this.context.getBean(JavaMailSender.class);
		assertThat(sender).isInstanceOfSatisfying(JavaMailSenderImpl.class, (impl) -> {
			assertThat(impl.getHost()).isEqualTo("127.0.0.1");
			assertThat(impl.getPort()).isEqualTo(2525);
		});
		assertThat(this.context.getBeansOfType(GreenMail.class)).isEmpty();
		assertThat(this.context.getBeansOfType(DevMailbox.class)).isEmpty();
		assertThat(this.context.getBean(MailOutbox.class)).isNotNull();

		RestClient http = RestClient.builder()
			.baseUrl("http://127.0.0.1:" + this.port)
			.defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
			})
			.build();
		assertThat(http.get()
			.uri("/api/dev/mail?to=alice@hokudai.ac.jp")
			.retrieve()
			.toEntity(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(
				http.get().uri("/dev/mail").accept(MediaType.TEXT_HTML).retrieve().toBodilessEntity().getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
	}

}
