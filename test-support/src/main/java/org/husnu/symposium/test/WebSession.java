package org.husnu.symposium.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like HTTP client for journey tests: it keeps cookies (so a session made on
 * one service is sent to the other on the same host), echoes the {@code XSRF-TOKEN}
 * cookie as {@code X-XSRF-TOKEN} unless told not to, and does not follow redirects, so
 * tests see where a response sends the person.
 */
public final class WebSession {

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

	private final HttpClient client = HttpClient.newBuilder()
		.cookieHandler(this.cookies)
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	public HttpResponse<String> get(String url) {
		return send(HttpRequest.newBuilder(URI.create(url)).GET().header("Accept", "text/html,application/json"));
	}

	public HttpResponse<String> getJson(String url) {
		return send(HttpRequest.newBuilder(URI.create(url)).GET().header("Accept", "application/json"));
	}

	/**
	 * POSTs JSON with the CSRF header taken from the cookie.
	 * @param url the URL
	 * @param json the body
	 * @return the response
	 */
	public HttpResponse<String> postJson(String url, String json) {
		return send(withCsrf(HttpRequest.newBuilder(URI.create(url))).POST(HttpRequest.BodyPublishers.ofString(json))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json"));
	}

	/**
	 * POSTs JSON without any CSRF token, as a forged cross-site request would.
	 * @param url the URL
	 * @param json the body
	 * @return the response
	 */
	public HttpResponse<String> postJsonWithoutCsrf(String url, String json) {
		return send(HttpRequest.newBuilder(URI.create(url))
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json"));
	}

	/**
	 * POSTs a CSV body with the CSRF header taken from the cookie.
	 * @param url the URL
	 * @param csv the body
	 * @return the response
	 */
	public HttpResponse<String> postCsv(String url, String csv) {
		return send(withCsrf(HttpRequest.newBuilder(URI.create(url))).POST(HttpRequest.BodyPublishers.ofString(csv))
			.header("Content-Type", "text/csv; charset=utf-8")
			.header("Accept", "application/json"));
	}

	/**
	 * POSTs a text body of the given type with the CSRF header taken from the cookie.
	 * @param url the URL
	 * @param contentType the body's media type, e.g. {@code application/x-ndjson}
	 * @param body the body
	 * @return the response
	 */
	public HttpResponse<String> postText(String url, String contentType, String body) {
		return send(withCsrf(HttpRequest.newBuilder(URI.create(url))).POST(HttpRequest.BodyPublishers.ofString(body))
			.header("Content-Type", contentType + "; charset=utf-8")
			.header("Accept", "application/json"));
	}

	public HttpResponse<String> delete(String url) {
		return send(withCsrf(HttpRequest.newBuilder(URI.create(url))).DELETE().header("Accept", "application/json"));
	}

	public HttpResponse<String> putJson(String url, String json) {
		return send(withCsrf(HttpRequest.newBuilder(URI.create(url))).PUT(HttpRequest.BodyPublishers.ofString(json))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json"));
	}

	/**
	 * POSTs a form with the {@code _csrf} field of the page it came from.
	 * @param url the URL
	 * @param page the HTML of the page holding the form
	 * @param fields the form fields
	 * @return the response
	 */
	public HttpResponse<String> submitForm(String url, String page, Map<String, String> fields) {
		Matcher csrf = CSRF_FIELD.matcher(page);
		String body = fields.entrySet()
			.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		if (csrf.find()) {
			body = body + (body.isEmpty() ? "" : "&") + "_csrf=" + encode(csrf.group(1));
		}
		return send(HttpRequest.newBuilder(URI.create(url))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.header("Content-Type", "application/x-www-form-urlencoded"));
	}

	/**
	 * Opens a login link and confirms it, as a person clicking the link and the button
	 * does.
	 * @param link the link from the mail
	 * @return the response to the confirmation (a redirect)
	 */
	public HttpResponse<String> redeem(String link) {
		HttpResponse<String> confirm = get(link);
		if (confirm.statusCode() != 200) {
			return confirm;
		}
		URI uri = URI.create(link);
		Map<String, String> fields = new LinkedHashMap<>();
		for (String pair : uri.getRawQuery().split("&")) {
			String[] parts = pair.split("=", 2);
			fields.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
					URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
		}
		return submitForm(uri.getScheme() + "://" + uri.getAuthority() + "/login/ott", confirm.body(), fields);
	}

	/**
	 * POSTs one file as {@code multipart/form-data} with the CSRF header taken from the
	 * cookie, as the upload form's script does.
	 * @param url the URL
	 * @param field the form field name, e.g. {@code file}
	 * @param fileName the file name the client reports
	 * @param content the file's bytes
	 * @return the response
	 */
	public HttpResponse<String> postFile(String url, String field, String fileName, byte[] content) {
		return postMultipart(url, field, fileName, content, true);
	}

	/**
	 * POSTs one file as {@code multipart/form-data} without any CSRF token, as a forged
	 * cross-site form would.
	 * @param url the URL
	 * @param field the form field name
	 * @param fileName the file name
	 * @param content the file's bytes
	 * @return the response
	 */
	public HttpResponse<String> postFileWithoutCsrf(String url, String field, String fileName, byte[] content) {
		return postMultipart(url, field, fileName, content, false);
	}

	/**
	 * GETs a binary resource, e.g. a PDF or an image.
	 * @param url the URL
	 * @return the response with the bytes
	 */
	public HttpResponse<byte[]> getBytes(String url) {
		try {
			return this.client.send(
					HttpRequest.newBuilder(URI.create(url)).GET().timeout(Duration.ofSeconds(60)).build(),
					HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * POSTs with no body and the CSRF header, e.g. {@code /submit}.
	 * @param url the URL
	 * @return the response
	 */
	public HttpResponse<String> post(String url) {
		return send(withCsrf(HttpRequest.newBuilder(URI.create(url))).POST(HttpRequest.BodyPublishers.noBody())
			.header("Accept", "application/json"));
	}

	private HttpResponse<String> postMultipart(String url, String field, String fileName, byte[] content,
			boolean csrf) {
		String boundary = "----symposium" + Long.toHexString(System.nanoTime());
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
				+ fileName + "\"\r\nContent-Type: application/pdf\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[head.length + content.length + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		System.arraycopy(content, 0, body, head.length, content.length);
		System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept", "application/json");
		return send(csrf ? withCsrf(request) : request);
	}

	public Optional<String> cookie(String name) {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> cookie.getName().equals(name))
			.map(HttpCookie::getValue)
			.findFirst();
	}

	private HttpRequest.Builder withCsrf(HttpRequest.Builder request) {
		cookie("XSRF-TOKEN").ifPresent((token) -> request.header("X-XSRF-TOKEN", token));
		return request;
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return this.client.send(request.timeout(Duration.ofSeconds(30)).build(),
					HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
