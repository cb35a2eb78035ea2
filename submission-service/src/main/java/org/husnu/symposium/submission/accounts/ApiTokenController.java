package org.husnu.symposium.submission.accounts;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.husnu.symposium.core.accounts.ApiToken;
import org.husnu.symposium.platform.security.CurrentActor;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/me/tokens}: personal API tokens for scripts.
 */
@RestController
class ApiTokenController {

	private final ApiTokenService tokens;

	ApiTokenController(ApiTokenService tokens) {
		this.tokens = tokens;
	}

	@PostMapping("/api/me/tokens")
	@ResponseStatus(HttpStatus.CREATED)
	NewTokenView create(@Valid @RequestBody(required = false) NewTokenRequest request) {
		NewTokenRequest body = (request != null) ? request : new NewTokenRequest(null, null);
		ApiTokenService.CreatedToken created = this.tokens.create(CurrentActor.require(), body.name(),
				body.expiresInDays(), CurrentActor.viaApiToken());
		ApiToken token = created.token();
		return new NewTokenView(token.id(), created.secret(), token.name(), token.hint(), token.createdAt(),
				token.expiresAt());
	}

	@GetMapping("/api/me/tokens")
	List<TokenView> list() {
		return this.tokens.list(CurrentActor.require().accountId()).stream().map(TokenView::of).toList();
	}

	@DeleteMapping("/api/me/tokens")
	Map<String, Long> revokeAll() {
		return Map.of("revoked", this.tokens.revokeAll(CurrentActor.require()));
	}

	@DeleteMapping("/api/me/tokens/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void revoke(@PathVariable UUID id) {
		this.tokens.revoke(CurrentActor.require(), id);
	}

	/**
	 * Asks for a token.
	 *
	 * @param name what to call it, optional
	 * @param expiresInDays lifetime in days, optional (the default lifetime, 90 days
	 * unless configured); at most the maximum lifetime
	 */
	record NewTokenRequest(@Size(max = ApiToken.MAX_NAME_LENGTH) String name, @Min(1) Integer expiresInDays) {
	}

	/**
	 * A new token with its secret, shown once.
	 *
	 * @param id token id
	 * @param token the secret for {@code Authorization: Bearer}
	 * @param name name
	 * @param hint first characters
	 * @param createdAt created
	 * @param expiresAt expiry
	 */
	record NewTokenView(UUID id, String token, String name, String hint, Instant createdAt, Instant expiresAt) {
	}

	/**
	 * A token in the list, without its secret.
	 *
	 * @param id token id
	 * @param name name
	 * @param hint first characters
	 * @param createdAt created
	 * @param expiresAt expiry or {@code null}
	 * @param revokedAt revocation or {@code null}
	 */
	record TokenView(UUID id, String name, String hint, Instant createdAt, Instant expiresAt, Instant revokedAt) {

		static TokenView of(ApiToken token) {
			return new TokenView(token.id(), token.name(), token.hint(), token.createdAt(), token.expiresAt(),
					token.revokedAt());
		}

	}

}
