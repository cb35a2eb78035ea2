package org.husnu.symposium.platform.problems;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Writes a problem detail straight to the response, for the places that answer before
 * Spring MVC runs (security filters), so their errors look like every other error of the
 * API.
 */
@Component
public class ProblemResponses {

	private final JsonMapper json = JsonMapper.builder().build();

	/**
	 * Writes a problem detail.
	 * @param request the request, whose path becomes {@code instance}
	 * @param response the response to write
	 * @param status the status
	 * @param type the problem type
	 * @param title a short title
	 * @param detail what a person must do
	 * @throws IOException if writing fails
	 */
	public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, URI type,
			String title, String detail) throws IOException {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", type.toString());
		body.put("title", title);
		body.put("status", status.value());
		body.put("detail", detail);
		body.put("instance", request.getRequestURI());
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(this.json.writeValueAsString(body));
	}

}
