package org.husnu.symposium.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.husnu.symposium.test.Browser;
import org.husnu.symposium.test.TestPdfs;
import org.husnu.symposium.test.WebSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One login for both services, through the real mail path: the packaged store and
 * services as separate processes, the outbox, the embedded SMTP catcher and the dev
 * mailbox, a browser and scripts.
 */
class CrossServiceSystemTests {

	private static RunningSystem system;

	private static Mailbox mailbox;

	private final JsonMapper json = JsonMapper.builder().build();

	@BeforeAll
	static void start() {
		system = RunningSystem.start("--symposium.bootstrap.chairs=chair@hokudai.ac.jp");
		mailbox = new Mailbox(system.submission(""));
	}

	@AfterAll
	static void stop() {
		if (system != null) {
			system.close();
		}
	}

	@Test
	void aBrowserLogsInThroughTheMailedLinkOnOneServiceAndIsLoggedInOnTheOther() {
		try (Browser browser = Browser.start()) {
			WebDriver page = browser.open(system.review("/login"));
			page.findElement(By.id("email")).sendKeys("minji.park@snu.ac.kr");
			page.findElement(By.id("send-link")).click();
			waitForUrl(page, system.review("/login/sent"));
			assertThat(page.findElement(By.id("check-mail")).getText()).isEqualTo("Check your mail");

			page.findElement(By.id("open-dev-mail")).click();
			WebDriver mail = page;
			new WebDriverWait(mail, Duration.ofSeconds(30)).until((driver) -> {
				driver.navigate().refresh();
				return !driver.findElements(By.partialLinkText("/login/ott")).isEmpty();
			});
			assertThat(mail.findElement(By.partialLinkText("/login/ott")).getDomAttribute("href"))
				.as("the link leads back to review-service after login")
				.contains("continue=" + system.review("/"));
			mail.findElement(By.partialLinkText("/login/ott")).click();
			page.findElement(By.id("confirm")).click();

			waitForUrl(page, system.submission("/profile"));
			assertThat(page.findElement(By.id("welcome")).isDisplayed()).isTrue();
			page.findElement(By.id("name")).sendKeys("Park Minji");
			new Select(page.findElement(By.id("institution"))).selectByValue("SNU");
			page.findElement(By.id("department")).sendKeys("Department of Anesthesiology");
			new Select(page.findElement(By.id("position"))).selectByValue("STUDENT");
			page.findElement(By.id("save-profile")).click();

			// back to the service the person started on
			waitForUrl(page, system.review("/"));
			assertThat(page.findElement(By.id("nav-profile")).getText()).isEqualTo("minji.park@snu.ac.kr");
			browser.open(system.submission("/"));
			assertThat(page.findElement(By.id("nav-profile")).getText()).isEqualTo("minji.park@snu.ac.kr");

			page.findElement(By.id("logout")).click();
			waitForUrl(page, system.submission("/login"));
			assertThat(page.findElement(By.id("logged-out")).isDisplayed()).isTrue();
			browser.open(system.review("/"));
			assertThat(page.findElements(By.id("nav-profile"))).as("logged out of both").isEmpty();
			assertThat(page.findElement(By.id("nav-login")).isDisplayed()).isTrue();
		}
	}

	@Test
	void aScriptLogsInOnReviewServiceAndItsSessionAndTokenWorkOnBoth() {
		WebSession script = new WebSession();
		HttpResponse<String> asked = script.postJsonWithoutCsrf(system.review("/api/auth/login-link"),
				"{\"email\":\"kenji.ito@med.hokudai.ac.jp\"}");
		assertThat(asked.statusCode()).isEqualTo(202);
		String link = mailbox.loginLink("kenji.ito@med.hokudai.ac.jp");
		assertThat(link).as("links point at the service that owns accounts").startsWith(system.submission("/"));
		assertThat(script.redeem(link).statusCode()).isEqualTo(302);

		JsonNode onSubmission = body(script.getJson(system.submission("/api/me")));
		JsonNode onReview = body(script.getJson(system.review("/api/me")));
		assertThat(onReview.get("id").asString()).isEqualTo(onSubmission.get("id").asString());
		assertThat(onReview.get("institution").asString()).isEqualTo("HU");

		script.get(system.submission("/"));
		HttpResponse<String> created = script.postJson(system.submission("/api/me/tokens"), "{\"name\":\"ci\"}");
		assertThat(created.statusCode()).isEqualTo(201);
		String token = body(created).get("token").asString();
		assertThat(bearer(system.review("/api/me"), token).statusCode()).isEqualTo(200);
		assertThat(
				script.delete(system.submission("/api/me/tokens/" + body(created).get("id").asString())).statusCode())
			.isEqualTo(204);
		assertThat(bearer(system.review("/api/me"), token).statusCode()).isEqualTo(401);

		assertThat(script.postJson(system.review("/api/auth/logout"), "").statusCode()).isEqualTo(204);
		assertThat(script.getJson(system.submission("/api/me")).statusCode()).isEqualTo(401);
		assertThat(script.redeem(link).headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/login?failed=used"));
	}

	@Test
	void anAuthorSubmitsAPdfAndTheReceiptArrivesThroughTheRealMailPath() throws Exception {
		WebSession author = new WebSession();
		author.postJsonWithoutCsrf(system.submission("/api/auth/login-link"), "{\"email\":\"receipt@snu.ac.kr\"}");
		assertThat(author.redeem(mailbox.loginLink("receipt@snu.ac.kr")).statusCode()).isEqualTo(302);
		author.get(system.submission("/"));
		HttpResponse<String> created = author.postJson(system.submission("/api/abstracts"),
				"{\"title\":\"VitalDB 기반 마취 깊이 예측\",\"authors\":[{\"name\":\"Receipt Kim\",\"institution\":"
						+ "\"SNU\",\"email\":\"receipt@snu.ac.kr\",\"presenting\":true}],\"primaryTopic\":"
						+ "\"PERIOPERATIVE_BIOSIGNALS\",\"text\":\"Depth of anesthesia from EEG.\"}");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String id = body(created).get("id").asString();
		String number = body(created).get("number").asString();
		byte[] pdf = TestPdfs.a4WithText("Depth of anesthesia estimated from frontal EEG.");
		HttpResponse<String> uploaded = author.postFile(system.submission("/api/abstracts/" + id + "/pdf"), "file",
				"eeg.pdf", pdf);
		assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
		String sha256 = body(uploaded).get("sha256").asString();
		assertThat(author.post(system.submission("/api/abstracts/" + id + "/submit")).statusCode()).isEqualTo(200);

		JsonNode receipt = mailbox.newest("receipt@snu.ac.kr", number);
		assertThat(receipt.get("text").asString()).contains("VitalDB 기반 마취 깊이 예측", sha256);
		HttpResponse<byte[]> download = author.getBytes(system.submission("/api/abstracts/" + number + "/pdf"));
		assertThat(download.body()).isEqualTo(pdf);
		assertThat(author.getBytes(system.submission("/api/abstracts/" + number + "/pdf/preview"))
			.headers()
			.firstValue("Content-Type")).hasValue("image/png");
	}

	@Test
	void anIneligibleAddressIsToldHowToRegisterAndGetsNoAccount() {
		HttpResponse<String> asked = new WebSession().postJsonWithoutCsrf(system.submission("/api/auth/login-link"),
				"{\"email\":\"visitor@example.com\"}");
		assertThat(asked.statusCode()).isEqualTo(202);
		JsonNode mail = mailbox.newest("visitor@example.com", "");
		assertThat(mail.get("text").asString()).contains("hokudai.ac.jp").doesNotContain("/login/ott");

		WebSession chair = new WebSession();
		chair.postJsonWithoutCsrf(system.submission("/api/auth/login-link"), "{\"email\":\"chair@hokudai.ac.jp\"}");
		assertThat(chair.redeem(mailbox.loginLink("chair@hokudai.ac.jp")).statusCode()).isEqualTo(302);
		assertThat(chair.getJson(system.submission("/api/accounts")).body()).contains("chair@hokudai.ac.jp")
			.doesNotContain("visitor@example.com");
	}

	private static void waitForUrl(WebDriver page, String prefix) {
		new WebDriverWait(page, Duration.ofSeconds(15))
			.withMessage(() -> "expected a page under " + prefix + ", still at " + page.getCurrentUrl())
			.until((driver) -> driver.getCurrentUrl().startsWith(prefix));
	}

	private HttpResponse<String> bearer(String url, String token) {
		try {
			return HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).build(),
						HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private JsonNode body(HttpResponse<String> response) {
		return this.json.readTree(response.body());
	}

}
