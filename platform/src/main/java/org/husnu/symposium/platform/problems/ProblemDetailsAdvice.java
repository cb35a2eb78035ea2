package org.husnu.symposium.platform.problems;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolationException;
import org.husnu.symposium.core.DomainRuleException;
import org.husnu.symposium.core.access.AccessRefusedException;
import org.husnu.symposium.core.event.DeadlinePassedException;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every error a user can cause into an RFC 9457 problem detail with a stable type
 * and a {@code detail} that tells a person what to fix. It keeps no table of its own: a
 * {@link ProblemException} carries its answer, {@link CoreProblems} holds the answers to
 * the exceptions that cannot, and the pages' error page ({@code PageErrors}) reads the
 * same two. What is left here is validation and what Spring MVC raises itself. Listed in
 * {@code META-INF/spring/…AutoConfigureWebMvc.imports}, so a {@code @WebMvcTest} slice of
 * a service's controller answers with the same problem details as the service.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	/**
	 * The exceptions that cannot carry their own answer, answered as {@link CoreProblems}
	 * says. A {@link ProblemException} carries its answer and is rendered by
	 * {@link ResponseEntityExceptionHandler} itself.
	 */
	@ExceptionHandler({ DomainRuleException.class, DeadlinePassedException.class, AccessRefusedException.class,
			OptimisticLockingFailureException.class, BodyTooLargeException.class })
	ResponseEntity<Object> mapped(Exception ex, WebRequest request) throws Exception {
		ProblemException problem = CoreProblems.of(ex).orElseThrow(() -> ex);
		return handleErrorResponseException(problem, problem.getHeaders(), problem.getStatusCode(), request);
	}

	/**
	 * Constraints checked on method parameters by {@code @Validated} beans, as a safety
	 * net: the same answer as an invalid request body.
	 */
	@ExceptionHandler(ConstraintViolationException.class)
	ProblemDetail constraintViolation(ConstraintViolationException ex) {
		List<Map<String, String>> errors = ex.getConstraintViolations()
			.stream()
			.map((violation) -> Map.of("field", lastNode(violation.getPropertyPath().toString()), "message",
					violation.getMessage()))
			.toList();
		return validationProblem(errors);
	}

	private static String lastNode(String path) {
		return path.substring(path.lastIndexOf('.') + 1);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map((error) -> Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage())))
			.toList();
		return handleExceptionInternal(ex, validationProblem(errors), headers, HttpStatus.BAD_REQUEST, request);
	}

	/**
	 * Constraints on a handler's parameters (a path variable and a {@code @Valid} body of
	 * one method are validated together): the same answer as an invalid request body,
	 * naming each field, instead of Spring's bare "Validation failure".
	 */
	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (ex.isForReturnValue()) {
			return super.handleHandlerMethodValidationException(ex, headers, status, request);
		}
		List<Map<String, String>> errors = new ArrayList<>();
		for (ParameterValidationResult result : ex.getParameterValidationResults()) {
			if (result instanceof ParameterErrors parameterErrors) {
				for (FieldError error : parameterErrors.getFieldErrors()) {
					errors.add(Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage())));
				}
			}
			else {
				String name = result.getMethodParameter().getParameterName();
				for (MessageSourceResolvable error : result.getResolvableErrors()) {
					errors.add(Map.of("field", (name != null) ? name : "parameter", "message",
							String.valueOf(error.getDefaultMessage())));
				}
			}
		}
		return handleExceptionInternal(ex, validationProblem(errors), headers, HttpStatus.BAD_REQUEST, request);
	}

	/**
	 * A 400 listing every invalid field, whichever way it was validated.
	 */
	private static ProblemDetail validationProblem(List<Map<String, String>> errors) {
		String detail = errors.isEmpty() ? "The request is not valid"
				: errors.stream()
					.map((error) -> error.get("field") + ": " + error.get("message"))
					.collect(Collectors.joining("; "));
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		problem.setType(ProblemTypes.VALIDATION);
		problem.setTitle("Invalid request");
		problem.setProperty("errors", errors);
		return problem;
	}

	/**
	 * Gives the problems Spring MVC itself raises (unknown path, wrong method, wrong
	 * media type) a stable type and a detail that says what to do, like our own problems.
	 */
	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
			WebRequest request) {
		if (body instanceof ProblemDetail problem
				&& (problem.getType() == null || "about:blank".equals(problem.getType().toString()))) {
			problem.setType(ProblemTypes.forStatus(statusCode));
			if (statusCode.value() == HttpStatus.NOT_FOUND.value()) {
				problem.setDetail("Nothing here; the API is described at /v3/api-docs");
			}
		}
		return super.createResponseEntity(body, headers, statusCode, request);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		BodyTooLargeException tooLarge = BodyTooLargeException.in(ex);
		if (tooLarge != null) {
			ProblemException problem = tooLarge.problem();
			return handleExceptionInternal(ex, problem.getBody(), headers, problem.getStatusCode(), request);
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The request body is not valid JSON of the expected shape; check the field names and types");
		problem.setType(ProblemTypes.MALFORMED_REQUEST);
		problem.setTitle("Unreadable request");
		return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
	}

}
