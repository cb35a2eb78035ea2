package org.husnu.symposium.submission.pdf;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.husnu.symposium.core.store.CollectionNames;
import org.husnu.symposium.platform.login.LoginTokenService;
import org.husnu.symposium.test.EmbeddedStoreTestConfiguration;
import org.husnu.symposium.test.Logins;
import org.husnu.symposium.test.TestPdfs;
import org.husnu.symposium.test.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dry run {@code POST /api/pdf-check} over HTTP against the embedded store: reports,
 * rejections as problem details in the person's language, login and CSRF, and that
 * nothing is stored.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(EmbeddedStoreTestConfiguration.class)
class PdfCheckApiIntegrationTests {

	private final JsonMapper json = JsonMapper.builder().build();

	@Value("${local.server.port}")
	int port;

	@Autowired
	LoginTokenService tokens;

	@Autowired
	MongoOperations mongo;

	String base;

	Logins logins;

	String url;

	@BeforeEach
	void setUp() {
		this.base = "http://127.0.0.1:" + this.port;
		this.logins = new Logins(this.tokens, this.base);
		this.url = this.base + "/api/pdf-check";
	}

	@Test
	void aValidPdfGetsItsReportAndNothingIsStored() throws Exception {
		WebSession author = this.logins.loggedIn("reporter@snu.ac.kr");
		byte[] pdf = TestPdfs.a4WithWords(250);
		HttpResponse<String> response = author.postFile(this.url, "file", "abstract.pdf", pdf);
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode report = body(response);
		assertThat(report.get("accepted").asBoolean()).isTrue();
		assertThat(report.get("checks")).isEmpty();
		assertThat(report.get("sha256").asString()).isEqualTo(PdfInspectorTests.sha256(pdf));
		assertThat(report.get("size").asLong()).isEqualTo(pdf.length);
		assertThat(report.get("pages").asInt()).isEqualTo(1);
		assertThat(report.get("words").asInt()).isEqualTo(250);

		HttpResponse<String> repaired = author.postFile(this.url, "file", "broken.pdf", TestPdfs.brokenXref());
		assertThat(repaired.statusCode()).isEqualTo(200);
		assertThat(body(repaired).get("checks").get(0).get("code").asString()).isEqualTo("repaired");
		assertThat(body(repaired).get("checks").get(0).get("severity").asString()).isEqualTo("WARNING");

		assertThat(this.mongo.count(new Query(), CollectionNames.PDF_BUCKET + ".files")).isZero();
		assertThat(this.mongo.count(new Query(), CollectionNames.PDF_BUCKET + ".chunks")).isZero();
	}

	@Test
	void rejectedFilesAreProblemsWithEveryFailedCheckAndTheStatusOfTheWorst() {
		WebSession author = this.logins.loggedIn("rejected@hokudai.ac.jp");

		HttpResponse<String> png = author.postFile(this.url, "file", "photo.pdf", TestPdfs.png());
		assertThat(png.statusCode()).isEqualTo(415);
		assertThat(png.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		JsonNode notPdf = body(png);
		assertThat(notPdf.get("type").asString()).isEqualTo("urn:husnu-symposium:problem:pdf-rejected");
		assertThat(notPdf.get("errors").get(0).get("code").asString()).isEqualTo("not-pdf");
		assertThat(notPdf.get("errors").get(0).get("message").asString()).contains("PNG image");
		assertThat(notPdf.get("detail").asString()).contains("not a PDF");

		byte[] large = Arrays.copyOf(TestPdfs.a4WithWords(10), 10 * 1024 * 1024 + 1);
		HttpResponse<String> tooLarge = author.postFile(this.url, "file", "large.pdf", large);
		assertThat(tooLarge.statusCode()).isEqualTo(413);
		assertThat(body(tooLarge).get("errors").get(0).get("code").asString()).isEqualTo("too-large");
		assertThat(body(tooLarge).get("sha256").isNull()).isTrue();

		HttpResponse<String> pages = author.postFile(this.url, "file", "long.pdf",
				TestPdfs.pageSized(PDRectangle.A5, 2000));
		assertThat(pages.statusCode()).isEqualTo(422);
		JsonNode problem = body(pages);
		assertThat(problem.get("errors").findValuesAsString("code")).containsExactly("paper-size", "too-many-words");
		assertThat(problem.get("checks")).hasSize(2);
		assertThat(problem.get("errors").get(1).get("message").asString()).contains("2000", "1200");
		assertThat(problem.get("pages").asInt()).isEqualTo(1);
		assertThat(problem.get("words").asInt()).isEqualTo(2000);
		assertThat(problem.get("detail").asString()).contains("2 problems");

		HttpResponse<String> script = author.postFile(this.url, "file", "script.pdf", TestPdfs.javascriptOpenAction());
		assertThat(script.statusCode()).isEqualTo(422);
		assertThat(body(script).get("errors").get(0).get("message").asString()).contains("JavaScript", "/OpenAction");
	}

	@Test
	void messagesComeInThePersonsLanguage() throws Exception {
		WebSession author = this.logins.loggedIn("sato@hokudai.ac.jp");
		HttpResponse<String> ja = author.postFile(this.url + "?lang=ja", "file", "long.pdf", TestPdfs.a4Pages(5));
		assertThat(body(ja).get("errors").get(0).get("message").asString())
			.isEqualTo("PDF が 5 ページあります。上限は 2 ページです。内容を短くするか、空白ページを削除してください。");
		HttpResponse<String> cookie = author.postFile(this.url, "file", "long.pdf", TestPdfs.a4Pages(3));
		assertThat(body(cookie).get("detail").asString()).as("the language cookie keeps Japanese")
			.startsWith("PDF を受け付けられませんでした");

		WebSession script = this.logins.loggedIn("kim@snu.ac.kr");
		String token = body(script.postJson(this.base + "/api/me/tokens", "{\"name\":\"checks\"}")).get("token")
			.asString();
		HttpResponse<String> ko = bearerUpload(token, "ko", TestPdfs.png());
		assertThat(ko.statusCode()).as("Bearer scripts need no CSRF token").isEqualTo(415);
		assertThat(body(ko).get("errors").get(0).get("message").asString()).contains("PNG 이미지");
	}

	@Test
	void onlyLoggedInPeopleWithTheCsrfTokenMayUploadAndAFileIsRequired() {
		WebSession anonymous = new WebSession();
		anonymous.get(this.base + "/");
		HttpResponse<String> unauthenticated = anonymous.postFile(this.url, "file", "a.pdf", TestPdfs.a4WithWords(5));
		assertThat(unauthenticated.statusCode()).isEqualTo(401);

		WebSession author = this.logins.loggedIn("forged@snu.ac.kr");
		HttpResponse<String> forged = author.postFileWithoutCsrf(this.url, "file", "a.pdf", TestPdfs.a4WithWords(5));
		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(body(forged).get("type").asString()).isEqualTo("urn:husnu-symposium:problem:csrf");

		HttpResponse<String> wrongPart = author.postFile(this.url, "upload", "a.pdf", TestPdfs.a4WithWords(5));
		assertThat(wrongPart.statusCode()).isEqualTo(400);
		assertThat(body(wrongPart).get("detail").asString()).contains("\"file\"");
		HttpResponse<String> empty = author.postFile(this.url, "file", "a.pdf", new byte[0]);
		assertThat(empty.statusCode()).isEqualTo(400);
	}

	private HttpResponse<String> bearerUpload(String token, String language, byte[] content) throws Exception {
		String boundary = "----check" + System.nanoTime();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[head.length + content.length + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		System.arraycopy(content, 0, body, head.length, content.length);
		System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(this.url))
				.timeout(Duration.ofSeconds(30))
				.header("Authorization", "Bearer " + token)
				.header("Accept-Language", language)
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	private JsonNode body(HttpResponse<String> response) {
		return this.json.readTree(response.body());
	}

}
