package org.husnu.symposium.submission.accounts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.husnu.symposium.core.access.Actor;
import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.accounts.ApiToken;
import org.husnu.symposium.platform.security.AccountAuthentication;
import org.husnu.symposium.test.fixtures.AccountFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What {@code /api/me/tokens} answers, with the token service mocked: the controller
 * alone, in a slice (no store, no server). Who may call it is the security
 * configuration's business and is tested over HTTP in {@code IdentityIntegrationTests}
 * and {@code AccountSecurityIntegrationTests}; here the person is put in the security
 * context directly, as the filters would.
 */
@WebMvcTest(controllers = ApiTokenController.class)
@AutoConfigureMockMvc(addFilters = false)
// the controller alone: SubmissionServiceApplication would bring the whole platform, and
// a
// nested @SpringBootConfiguration would be found by the other tests of this package
@ContextConfiguration(classes = ApiTokenController.class)
class ApiTokenControllerTests {

	private static final Instant CREATED = Instant.parse("2027-01-10T09:00:00Z");

	private final Account owner = AccountFixtures.author("scripter@snu.ac.kr").withInstitution("SNU").build();

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ApiTokenService tokens;

	@AfterEach
	void logOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void createsATokenAndShowsItsSecretOnce() throws Exception {
		logIn(AccountAuthentication.session(this.owner));
		ApiToken token = token("cron", CREATED.plusSeconds(86400 * 30));
		given(this.tokens.create(Actor.of(this.owner), "cron", 30, false))
			.willReturn(new ApiTokenService.CreatedToken(token, "hsn_secret"));

		this.mvc
			.perform(post("/api/me/tokens").contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"cron\",\"expiresInDays\":30}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").value(token.id().toString()))
			.andExpect(jsonPath("$.token").value("hsn_secret"))
			.andExpect(jsonPath("$.name").value("cron"))
			.andExpect(jsonPath("$.hint").value("hsn_abcd"))
			.andExpect(jsonPath("$.createdAt").exists())
			.andExpect(jsonPath("$.expiresAt").exists());
	}

	@Test
	void anEmptyRequestAsksForTheDefaults() throws Exception {
		logIn(AccountAuthentication.session(this.owner));
		given(this.tokens.create(Actor.of(this.owner), null, null, false))
			.willReturn(new ApiTokenService.CreatedToken(token(null, null), "hsn_secret"));

		this.mvc.perform(post("/api/me/tokens")).andExpect(status().isCreated());

		then(this.tokens).should().create(Actor.of(this.owner), null, null, false);
	}

	@Test
	void tellsTheServiceWhenATokenAsksForAToken() throws Exception {
		logIn(AccountAuthentication.apiToken(this.owner));
		given(this.tokens.create(Actor.of(this.owner), "child", null, true))
			.willReturn(new ApiTokenService.CreatedToken(token("child", null), "hsn_secret"));

		this.mvc.perform(post("/api/me/tokens").contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"child\"}"))
			.andExpect(status().isCreated());

		then(this.tokens).should().create(Actor.of(this.owner), "child", null, true);
	}

	@Test
	void rejectsANameLongerThanTheLimitBeforeTheServiceSeesIt() throws Exception {
		logIn(AccountAuthentication.session(this.owner));
		String name = "n".repeat(ApiToken.MAX_NAME_LENGTH + 1);

		this.mvc
			.perform(post("/api/me/tokens").contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"" + name + "\"}"))
			.andExpect(status().isBadRequest());

		then(this.tokens).shouldHaveNoInteractions();
	}

	@Test
	void listsTheOwnersTokensWithoutSecrets() throws Exception {
		logIn(AccountAuthentication.session(this.owner));
		given(this.tokens.list(this.owner.id())).willReturn(List.of(token("cron", null), token("backup", null)));

		this.mvc.perform(get("/api/me/tokens"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[0].name").value("cron"))
			.andExpect(jsonPath("$[0].hint").value("hsn_abcd"))
			.andExpect(jsonPath("$[0].token").doesNotExist())
			.andExpect(jsonPath("$[0].hash").doesNotExist());
	}

	@Test
	void revokesOneTokenOrAll() throws Exception {
		logIn(AccountAuthentication.session(this.owner));
		UUID id = UUID.randomUUID();
		given(this.tokens.revokeAll(Actor.of(this.owner))).willReturn(2L);

		this.mvc.perform(delete("/api/me/tokens/" + id)).andExpect(status().isNoContent());
		this.mvc.perform(delete("/api/me/tokens")).andExpect(status().isOk()).andExpect(jsonPath("$.revoked").value(2));

		then(this.tokens).should().revoke(Actor.of(this.owner), id);
	}

	private ApiToken token(String name, Instant expiresAt) {
		return new ApiToken(UUID.randomUUID(), "hash-" + UUID.randomUUID(), this.owner.id(), name, "hsn_abcd", CREATED,
				expiresAt, null);
	}

	private static void logIn(AccountAuthentication authentication) {
		SecurityContextHolder.getContext().setAuthentication(authentication);
	}

}
