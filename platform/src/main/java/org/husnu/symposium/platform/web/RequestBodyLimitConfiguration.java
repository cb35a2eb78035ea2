package org.husnu.symposium.platform.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.husnu.symposium.platform.problems.ProblemResponses;
import org.husnu.symposium.platform.problems.ProblemTypes;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One bound on every request body that is not a multipart upload (JSON, CSV, forms):
 * {@code symposium.web.max-body-size}, 2 MB by default — the largest list file a chair
 * imports; an abstract as JSON is a few tens of kilobytes. A declared length over it is
 * answered 413 before anything is read; a body of unknown length (chunked) is cut off
 * while it streams, the reader fails with
 * {@link org.husnu.symposium.platform.problems.BodyTooLargeException} and the answer is
 * the same 413. Multipart uploads have their own bounds
 * ({@code spring.servlet.multipart.*}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class RequestBodyLimitConfiguration {

	@Bean
	FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(
			@Value("${symposium.web.max-body-size:2MB}") DataSize maxBodySize, ProblemResponses problems) {
		FilterRegistrationBean<RequestBodyLimitFilter> registration = new FilterRegistrationBean<>(
				new RequestBodyLimitFilter(maxBodySize.toBytes(), problems));
		// before security and everything else: refusing by the declared length reads
		// nothing
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	static final class RequestBodyLimitFilter extends OncePerRequestFilter {

		private final long limit;

		private final ProblemResponses problems;

		RequestBodyLimitFilter(long limit, ProblemResponses problems) {
			this.limit = limit;
			this.problems = problems;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String type = request.getContentType();
			if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
				chain.doFilter(request, response);
				return;
			}
			if (request.getContentLengthLong() > this.limit) {
				response.setHeader("Connection", "close");
				this.problems.write(request, response, HttpStatus.CONTENT_TOO_LARGE, ProblemTypes.PAYLOAD_TOO_LARGE,
						"Request body too large", message(this.limit));
				return;
			}
			chain.doFilter(new Bounded(request, this.limit), response);
		}

		static String message(long limit) {
			return "A request body has at most " + DataSize.ofBytes(limit).toKilobytes() + " KB here; "
					+ "upload files as multipart and split long lists";
		}

	}

	/** The request with its body bounded while it is read. */
	private static final class Bounded extends HttpServletRequestWrapper {

		private final long limit;

		private ServletInputStream stream;

		Bounded(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.stream == null) {
				ServletInputStream original = super.getInputStream();
				BoundedInputStream bounded = new BoundedInputStream(original, this.limit,
						RequestBodyLimitFilter.message(this.limit));
				this.stream = new ServletInputStream() {

					@Override
					public int read() throws IOException {
						return bounded.read();
					}

					@Override
					public int read(byte[] buffer, int offset, int length) throws IOException {
						return bounded.read(buffer, offset, length);
					}

					@Override
					public boolean isFinished() {
						return original.isFinished();
					}

					@Override
					public boolean isReady() {
						return original.isReady();
					}

					@Override
					public void setReadListener(ReadListener listener) {
						original.setReadListener(listener);
					}

				};
			}
			return this.stream;
		}

		@Override
		public BufferedReader getReader() throws IOException {
			String encoding = getCharacterEncoding();
			Charset charset = (encoding != null) ? Charset.forName(encoding) : StandardCharsets.ISO_8859_1;
			return new BufferedReader(new InputStreamReader(getInputStream(), charset));
		}

	}

}
